namespace Realtime.Training.Data;

/// <summary>
/// Weak topic labels for real customer turns: a turn gets a topic when keywords of exactly one topic occur in it
/// (<c>Seeds/topic-keywords.tsv</c>); a short turn (≤ 12 characters) with no topic keyword but an acknowledgement or
/// greeting cue gets other; every other turn is left out.
/// </summary>
public sealed class WeakTopicRule(SeedData seeds)
{
    private readonly IReadOnlyList<LabelledText> _keywords = seeds.TopicKeywords;
    private readonly string[] _ack = seeds.NeutralCues.Where(c => c.Label == "ack").Select(c => c.Text).ToArray();

    public string? Label(string cleanedTurn)
    {
        if (cleanedTurn.Length < 2)
        {
            return null;
        }

        string text = cleanedTurn.ToLowerInvariant();
        string[] topics = _keywords.Where(k => text.Contains(k.Text, StringComparison.Ordinal)).Select(k => k.Label).Distinct().ToArray();
        if (topics.Length == 1)
        {
            return topics[0];
        }

        return topics.Length == 0 && text.Length <= 12 && _ack.Any(text.Contains) ? "other" : null;
    }
}
