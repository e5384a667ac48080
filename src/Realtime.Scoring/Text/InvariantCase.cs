namespace Realtime.Scoring.Text;

/// <summary>
/// <see cref="char.ToLowerInvariant(char)"/> without its call into the globalization library for characters of
/// scripts that have no case (CJK, kana, Hangul, their punctuation): that call was three fifths of the text models'
/// time on Chinese chat. Gives the same character as <see cref="char.ToLowerInvariant(char)"/> for every UTF-16 unit.
/// </summary>
public static class InvariantCase
{
    public static char ToLower(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        }

        return HasNoCase(c) ? c : char.ToLowerInvariant(c);
    }

    private static bool HasNoCase(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF')
            or (>= '\u3000' and <= '\u30FF')
            or (>= '\u3400' and <= '\u4DBF')
            or (>= '\uAC00' and <= '\uD7AF')
            or (>= '\uF900' and <= '\uFAFF')
            or (>= '\u2000' and <= '\u206F');
}
