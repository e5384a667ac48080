namespace Realtime.Training.Data;

/// <summary>
/// Recognises a short closing or acknowledgement ("没了", "没有了，谢谢", "好的", "不是", "ok thanks"): a turn of at most
/// <see cref="MaxLength"/> letters made only of the words in <c>Seeds/short-turns.txt</c>, once punctuation, spaces and
/// emoji are dropped. Such turns are neutral in mood and carry no complaint, however often they occur.
/// </summary>
public sealed class ShortTurnRule
{
    public const int MaxLength = 12;

    private readonly string[] _words;

    public ShortTurnRule(SeedData seeds)
    {
        Words = seeds.ShortTurnWords;
        _words = seeds.ShortTurnWords.Select(Letters).Where(w => w.Length > 0).Distinct().OrderByDescending(w => w.Length).ToArray();
    }

    /// <summary>The seed lines themselves ("ok thanks", "没有了"), as training examples of their own.</summary>
    public IReadOnlyList<string> Words { get; }

    public bool IsShortTurn(string cleanedTurn)
    {
        string text = Letters(cleanedTurn);
        return text.Length is > 0 and <= MaxLength && Covers(text, 0);
    }

    private bool Covers(string text, int at)
    {
        if (at == text.Length)
        {
            return true;
        }

        foreach (string word in _words)
        {
            if (string.CompareOrdinal(text, at, word, 0, word.Length) == 0 && Covers(text, at + word.Length))
            {
                return true;
            }
        }

        return false;
    }

    private static string Letters(string text) =>
        string.Concat(text.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c == '\''));
}
