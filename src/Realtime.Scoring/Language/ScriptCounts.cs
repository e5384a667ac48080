namespace Realtime.Scoring.Language;

/// <summary>How many characters of each script a text holds.</summary>
internal readonly record struct ScriptCounts(int Han, int Kana, int Hangul, int Latin)
{
    internal static ScriptCounts Of(ReadOnlySpan<char> text)
    {
        int han = 0, kana = 0, hangul = 0, latin = 0;
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                if (char.IsAsciiLetter(c))
                {
                    latin++;
                }
            }
            else if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF')
            {
                han++;
            }
            else if (c is >= '\u3041' and <= '\u30FF' and not '\u30FB' and not '\u30FC' or >= '\u31F0' and <= '\u31FF' or >= '\uFF66' and <= '\uFF9D')
            {
                kana++;
            }
            else if (c is >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F')
            {
                hangul++;
            }
            else if (c is >= '\u00C0' and <= '\u024F' || c is >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A')
            {
                latin++;
            }
        }

        return new ScriptCounts(han, kana, hangul, latin);
    }
}
