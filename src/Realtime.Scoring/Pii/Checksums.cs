namespace Realtime.Scoring.Pii;

/// <summary>Check digits of payment cards (Luhn) and Chinese resident ID numbers (ISO 7064 MOD 11-2).</summary>
internal static class Checksums
{
    private static readonly int[] _idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string IdCheckChars = "10x98765432";

    /// <summary>Luhn over ASCII digits.</summary>
    internal static bool Luhn(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }

    /// <summary>The 18th character of an ID number from its first 17 digits (lower-case <c>x</c> for 10).</summary>
    internal static char IdCheckChar(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * _idWeights[i];
        }

        return IdCheckChars[sum % 11];
    }
}
