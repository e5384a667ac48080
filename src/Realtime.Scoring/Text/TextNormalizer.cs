namespace Realtime.Scoring.Text;

/// <summary>
/// Folds text for matching: lower case, full-width → half-width, traditional → simplified Chinese, accented Latin
/// letters → their base letter, typographic apostrophes → '. Index-preserving:
/// one UTF-16 unit in gives one unit out, so a match position in the folded text is the same position in the original.
/// </summary>
public static class TextNormalizer
{
    private const char FullWidthFirst = '\uFF01';
    private const char FullWidthLast = '\uFF5E';
    private const int FullWidthOffset = 0xFEE0;
    private const char IdeographicSpace = '\u3000';

    /// <summary>The folded form of one character.</summary>
    public static char Fold(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        }

        if (c is >= FullWidthFirst and <= FullWidthLast)
        {
            c = (char)(c - FullWidthOffset);
            return c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        }

        if (c == IdeographicSpace)
        {
            return ' ';
        }

        if (c is >= LatinAccents.First and <= LatinAccents.Last)
        {
            return LatinAccents.Fold(c);
        }

        if (c is '\u2019' or '\u2018')
        {
            return '\'';
        }

        if (c is >= TraditionalChineseTable.First and <= TraditionalChineseTable.Last)
        {
            return TraditionalChineseTable.ToSimplified(c);
        }

        return InvariantCase.ToLower(c);
    }

    /// <summary>Folds <paramref name="source"/> into <paramref name="destination"/> (at least as long).</summary>
    public static void Normalize(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (destination.Length < source.Length)
        {
            throw new ArgumentException("Destination is shorter than the source.", nameof(destination));
        }

        for (var i = 0; i < source.Length; i++)
        {
            destination[i] = Fold(source[i]);
        }
    }

    public static string Normalize(string text) =>
        string.Create(text.Length, text, static (span, source) => Normalize(source, span));
}
