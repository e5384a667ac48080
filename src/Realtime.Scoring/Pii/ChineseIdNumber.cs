namespace Realtime.Scoring.Pii;

/// <summary>
/// Chinese resident identity numbers: 18 characters (6-digit area, yyyyMMdd birth date, 3-digit sequence, ISO 7064
/// check character) or the legacy 15-digit form (area, yyMMdd, sequence).
/// </summary>
internal static class ChineseIdNumber
{
    /// <summary><paramref name="value"/> is 17 digits followed by a digit or <c>x</c> (folded text).</summary>
    internal static bool IsValid18(ReadOnlySpan<char> value) =>
        value.Length == 18
        && HasValidArea(value)
        && IsDate(value.Slice(6, 4), value.Slice(10, 2), value.Slice(12, 2))
        && Checksums.IdCheckChar(value[..17]) == value[17];

    internal static bool IsValid15(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 15 || !HasValidArea(digits))
        {
            return false;
        }

        Span<char> year = ['1', '9', digits[6], digits[7]];
        return IsDate(year, digits.Slice(8, 2), digits.Slice(10, 2));
    }

    // Province codes run from 11 (Beijing) to 82 (Macau); 81–83 also start residence permits of Hong Kong, Macau and
    // Taiwan residents, and 9 the 2023 foreigners' permanent residence ID card (same date and check character).
    private static bool HasValidArea(ReadOnlySpan<char> value)
    {
        var province = ((value[0] - '0') * 10) + (value[1] - '0');
        return province is >= 11 and <= 83 || (value.Length == 18 && value[0] == '9');
    }

    private static bool IsDate(ReadOnlySpan<char> year, ReadOnlySpan<char> month, ReadOnlySpan<char> day)
    {
        var y = int.Parse(year, System.Globalization.CultureInfo.InvariantCulture);
        var m = int.Parse(month, System.Globalization.CultureInfo.InvariantCulture);
        var d = int.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        return y is >= 1900 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);
    }
}
