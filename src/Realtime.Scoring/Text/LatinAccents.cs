using System.Globalization;
using System.Text;

namespace Realtime.Scoring.Text;

/// <summary>
/// Folds accented Latin letters (À–ž: é → e, ü → u, ñ → n, ç → c) to their base letter so "devolucion" matches
/// "devolución" and "desole" matches "désolé". One unit for one unit; letters with no one-letter base (ß, æ, ø) stay.
/// </summary>
internal static class LatinAccents
{
    internal const char First = '\u00C0';
    internal const char Last = '\u017F';

    private static readonly char[] _table = Build();

    internal static char Fold(char c) => _table[c - First];

    private static char[] Build()
    {
        var table = new char[Last - First + 1];
        for (var c = First; c <= Last; c++)
        {
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var baseLetter = decomposed[0];
            var folded = decomposed.Length > 1 && baseLetter < 0x80 && CharUnicodeInfo.GetUnicodeCategory(decomposed[1]) == UnicodeCategory.NonSpacingMark
                ? baseLetter
                : c;
            table[c - First] = char.ToLowerInvariant(folded);
        }

        return table;
    }
}
