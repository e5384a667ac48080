namespace Realtime.Scoring.Pii;

/// <summary>
/// Length-preserving masking, so positions in the masked text are positions in the original: phones keep the first
/// and last digits (138****5678), cards the first and last four (6222 **** **** 1234), ID numbers the first three and
/// last four, e-mails the first letter and the domain (a***@x.com), addresses their first few characters.
/// </summary>
public static class PiiMasker
{
    public const char MaskChar = '*';

    /// <summary>Masks every match of <paramref name="matches"/> (non-overlapping) in a copy of <paramref name="original"/>.</summary>
    public static string Mask(string original, ReadOnlySpan<char> normalized, IReadOnlyList<PiiMatch> matches)
    {
        if (matches.Count == 0)
        {
            return original;
        }

        var chars = original.ToCharArray();
        foreach (var match in matches)
        {
            MaskInPlace(chars.AsSpan(match.Start, match.Length), normalized.Slice(match.Start, match.Length), match.Kind);
        }

        return new string(chars);
    }

    internal static void MaskInPlace(Span<char> span, ReadOnlySpan<char> normalized, string kind)
    {
        switch (kind)
        {
            case PiiKinds.Phone:
                var phoneUnits = CountUnits(normalized);
                MaskUnits(span, normalized, Math.Max(0, phoneUnits - 8), phoneUnits - 4);
                break;
            case PiiKinds.Card:
                var cardUnits = CountUnits(normalized);
                MaskUnits(span, normalized, 4, cardUnits - 4);
                break;
            case PiiKinds.IdNumber:
                var idUnits = CountUnits(normalized);
                MaskUnits(span, normalized, 3, idUnits - 4);
                break;
            case PiiKinds.Email:
                var at = normalized.IndexOf('@');
                span[1..Math.Max(1, at)].Fill(MaskChar);
                break;
            default:
                var keep = Math.Clamp(span.Length / 3, 2, 6);
                for (var i = keep; i < span.Length; i++)
                {
                    if (!char.IsWhiteSpace(span[i]))
                    {
                        span[i] = MaskChar;
                    }
                }

                break;
        }
    }

    /// <summary>Masks the digit (or ID check 'x') units numbered [from, to) and leaves separators alone.</summary>
    private static void MaskUnits(Span<char> span, ReadOnlySpan<char> normalized, int from, int to)
    {
        var unit = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (!IsUnit(normalized[i]))
            {
                continue;
            }

            if (unit >= from && unit < to)
            {
                span[i] = MaskChar;
            }

            unit++;
        }
    }

    private static int CountUnits(ReadOnlySpan<char> normalized)
    {
        var count = 0;
        foreach (var c in normalized)
        {
            if (IsUnit(c))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsUnit(char c) => (uint)(c - '0') <= 9 || c == 'x';
}
