namespace Realtime.Training.Data;

/// <summary>
/// Picks Chinese neutral examples from real customer turns, since every Chinese sentiment source is binary.
/// A cleaned turn is neutral when it is 2–40 characters long, contains a question or acknowledgement cue
/// ("吗", "？", "怎么", "好的", "嗯", …), no positive cue ("谢", "满意", …) and no negative cue ("不", "没", "慢",
/// "投诉", "为什么", "!", …) once harmless phrases such as "能不能", "有没有", "没事" are blanked out.
/// The cue lists are <c>Seeds/neutral-cues.tsv</c>.
/// </summary>
public sealed class ChineseNeutralRule(SeedData seeds)
{
    private readonly string[] _questionOrAck = Cues(seeds, "question", "ack");
    private readonly string[] _allowed = Cues(seeds, "allowed");
    private readonly string[] _negative = Cues(seeds, "negative");
    private readonly string[] _positive = Cues(seeds, "positive");

    public bool IsNeutral(string cleanedTurn)
    {
        if (cleanedTurn.Length is < 2 or > 40)
        {
            return false;
        }

        string text = cleanedTurn.ToLowerInvariant();
        if (!_questionOrAck.Any(text.Contains) || _positive.Any(text.Contains))
        {
            return false;
        }

        foreach (string harmless in _allowed)
        {
            text = text.Replace(harmless, " ", StringComparison.Ordinal);
        }

        return !_negative.Any(text.Contains);
    }

    private static string[] Cues(SeedData seeds, params string[] kinds) =>
        seeds.NeutralCues.Where(c => kinds.Contains(c.Label)).Select(c => c.Text).ToArray();
}
