namespace Realtime.Scoring.Phrases;

/// <summary>
/// Word characters for phrase boundaries: letters and digits of alphabetic scripts. CJK characters are not word
/// characters, so Chinese and Japanese phrases match anywhere while "hi" does not match inside "this".
/// </summary>
internal static class WordChars
{
    private const char FirstCjk = '\u2E80';

    internal static bool IsWordChar(char c)
    {
        if (c < 0x80)
        {
            return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;
        }

        return c < FirstCjk && char.IsLetterOrDigit(c);
    }
}
