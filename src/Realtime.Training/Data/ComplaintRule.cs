namespace Realtime.Training.Data;

/// <summary>
/// Complaint-risk labels. complaint: every negative sentiment example, every Bitext "complaint" request, and every
/// real customer turn containing a complaint cue (<c>Seeds/complaint-cues.tsv</c>: 投诉, 12315, 差评, lawyer,
/// chargeback, …). none: every neutral or positive sentiment example and every other Bitext request.
/// </summary>
public sealed class ComplaintRule(SeedData seeds)
{
    private readonly IReadOnlyList<string> _cues = seeds.ComplaintCues;

    public bool HasCue(string text)
    {
        string lower = text.ToLowerInvariant();
        return _cues.Any(cue => lower.Contains(cue, StringComparison.Ordinal));
    }

    public static string FromSentiment(string sentiment) => sentiment == "negative" ? "complaint" : "none";

    public static string FromBitext(string bitextLabel) => bitextLabel == "complaint" ? "complaint" : "none";
}
