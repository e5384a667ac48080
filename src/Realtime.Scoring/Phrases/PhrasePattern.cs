namespace Realtime.Scoring.Phrases;

/// <summary>One phrase of one list as the matcher knows it: the ruleset's spelling and its folded form.</summary>
public sealed record PhrasePattern(string List, string Phrase, string Normalized)
{
    /// <summary>True when the phrase starts with a Latin letter or digit, so the text before it must not.</summary>
    public bool NeedsLeftBoundary { get; } = WordChars.IsWordChar(Normalized[0]);

    /// <summary>True when the phrase ends with a Latin letter or digit, so the text after it must not.</summary>
    public bool NeedsRightBoundary { get; } = WordChars.IsWordChar(Normalized[^1]);
}
