namespace Realtime.Scoring.Phrases;

/// <summary>
/// One phrase of one list as the matcher knows it: the ruleset's spelling, its folded form, and the language it is
/// limited to (null: every language).
/// </summary>
public sealed record PhrasePattern(string List, string Phrase, string Normalized, string? Language = null)
{
    /// <summary>True when the phrase starts with a Latin letter or digit, so the text before it must not.</summary>
    public bool NeedsLeftBoundary { get; init; } = WordChars.IsWordChar(Normalized[0]);

    /// <summary>
    /// True when the phrase ends with a Latin letter or digit, so the text after it must not; false for a stem written
    /// with a trailing <c>*</c> (<c>anwalt*</c> matches Anwalt, Anwalts, Anwältin).
    /// </summary>
    public bool NeedsRightBoundary { get; init; } = WordChars.IsWordChar(Normalized[^1]);
}
