namespace Realtime.Scoring.Pii;

/// <summary>
/// Phones (mainland mobiles with or without +86, international E.164 with a leading +), payment cards (13–19 digits,
/// Luhn, known issuer prefixes) and Chinese ID numbers in digit runs. A run may hold single spaces or dashes between
/// groups. Runs glued to letters (SF1234567890123), prices (¥13800, 13800元, 1380.00), times (13:45), or preceded by an
/// order / tracking / invoice label are not personal data.
/// </summary>
internal static class NumberDetector
{
    private const int MaxDigits = 24;

    // Folded (lower-case, simplified) labels that introduce a number that is not personal data.
    private static readonly string[] _nonPersonalLabels =
    [
        "订单", "单号", "运单", "快递", "物流", "编号", "工单", "流水", "交易号", "发票", "货号", "型号", "条码", "批次", "券码",
        "order", "tracking", "invoice", "ticket", "case", "ref", "sku", "serial", "awb", "parcel", "shipment",

        // A third party's business line in a delivery or service notice is not the customer's data (docs/rules.md).
        "配送员", "配送师傅", "送货员", "骑手", "安装师傅", "维修师傅", "师傅电话", "师傅的电话", "网点", "服务点", "站点", "营业部", "驿站",
        "courier", "driver", "installer", "technician", "depot",
    ];

    internal static void FindAll(ReadOnlySpan<char> text, List<PiiMatch> results)
    {
        Span<char> digits = stackalloc char[MaxDigits];
        var i = 0;
        while (i < text.Length)
        {
            if (!IsDigit(text[i]))
            {
                i++;
                continue;
            }

            var runEnd = ScanRun(text, i, digits, out var count, out var hasSeparators);
            var plus = i > 0 && text[i - 1] == '+';
            var runStart = plus ? i - 1 : i;
            var end = runEnd;
            var trailingX = count == 17 && end < text.Length && text[end] == 'x'
                && (end + 1 == text.Length || !IsAsciiLetterOrDigit(text[end + 1]));
            if (trailingX)
            {
                end++;
            }

            if (IsStandalone(text, runStart, end) && !HasNonPersonalLabel(text, runStart))
            {
                var kind = count <= MaxDigits ? Classify(digits[..count], plus, trailingX) : null;
                if (kind is not null)
                {
                    results.Add(new PiiMatch(kind, runStart, end - runStart));
                }
                else if (hasSeparators)
                {
                    ClassifyGroups(text, i, runEnd, results);
                }
            }

            i = end;
        }
    }

    private static string? Classify(ReadOnlySpan<char> digits, bool plus, bool trailingX)
    {
        if (plus)
        {
            if (digits.Length == 13 && digits.StartsWith("86") && IsMainlandMobile(digits[2..]))
            {
                return PiiKinds.Phone;
            }

            return digits.Length is >= 8 and <= 15 && digits[0] != '0' ? PiiKinds.Phone : null;
        }

        if (trailingX)
        {
            Span<char> id = stackalloc char[18];
            digits.CopyTo(id);
            id[17] = 'x';
            return ChineseIdNumber.IsValid18(id) ? PiiKinds.IdNumber : null;
        }

        if (IsMainlandMobile(digits)
            || (digits.Length == 13 && digits.StartsWith("86") && IsMainlandMobile(digits[2..]))
            || (digits.Length == 15 && digits.StartsWith("0086") && IsMainlandMobile(digits[4..])))
        {
            return PiiKinds.Phone;
        }

        if (digits.Length == 18 && ChineseIdNumber.IsValid18(digits))
        {
            return PiiKinds.IdNumber;
        }

        if (digits.Length is >= 13 and <= 19 && HasCardPrefix(digits) && Checksums.Luhn(digits))
        {
            return PiiKinds.Card;
        }

        return digits.Length == 15 && ChineseIdNumber.IsValid15(digits) ? PiiKinds.IdNumber : null;
    }

    /// <summary>
    /// A run like "2026-11-22 13812345678" or "4111 1111 1111 1111 5500 0000 0000 0004" is not one number; its groups may
    /// still be, alone or joined in a card's (4-4-4-4, 4-6-5, 4-4-4-4-3) or a mobile's (3-4-4) grouping.
    /// </summary>
    private static void ClassifyGroups(ReadOnlySpan<char> text, int start, int end, List<PiiMatch> results)
    {
        Span<(int Start, int End)> groups = stackalloc (int, int)[64];
        var count = 0;
        var g = start;
        while (g < end && count < groups.Length)
        {
            var e = g;
            while (e < end && IsDigit(text[e]))
            {
                e++;
            }

            groups[count++] = (g, e);
            g = e;
            while (g < end && !IsDigit(text[g]))
            {
                g++;
            }
        }

        Span<char> joined = stackalloc char[MaxDigits];
        var i = 0;
        while (i < count)
        {
            var taken = 0;
            string? kind = null;
            for (var n = Math.Min(5, count - i); n >= 1 && kind is null; n--)
            {
                var length = JoinGroups(text, groups.Slice(i, n), joined);
                if (length < 0 || (n > 1 && !IsGrouping(groups.Slice(i, n))))
                {
                    continue;
                }

                kind = Classify(joined[..length], plus: false, trailingX: false);
                taken = n;
            }

            if (kind is not null)
            {
                results.Add(new PiiMatch(kind, groups[i].Start, groups[i + taken - 1].End - groups[i].Start));
                i += taken;
            }
            else
            {
                i++;
            }
        }
    }

    private static int JoinGroups(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int End)> groups, Span<char> joined)
    {
        var length = 0;
        foreach (var (s, e) in groups)
        {
            if (length + (e - s) > joined.Length)
            {
                return -1;
            }

            text[s..e].CopyTo(joined[length..]);
            length += e - s;
        }

        return length;
    }

    private static bool IsGrouping(ReadOnlySpan<(int Start, int End)> groups)
    {
        Span<int> lengths = stackalloc int[groups.Length];
        for (var i = 0; i < groups.Length; i++)
        {
            lengths[i] = groups[i].End - groups[i].Start;
        }

        return lengths switch
        {
            [3, 4, 4] => true,
            [4, 6, 5] => true,
            [4, 4, 4, 4] or [4, 4, 4, 4, 3] => true,
            _ => false,
        };
    }

    private static int ScanRun(ReadOnlySpan<char> text, int start, Span<char> digits, out int count, out bool hasSeparators)
    {
        count = 0;
        hasSeparators = false;
        var j = start;
        while (j < text.Length)
        {
            var c = text[j];
            if (IsDigit(c))
            {
                if (count < digits.Length)
                {
                    digits[count] = c;
                }

                count++;
                j++;
                continue;
            }

            // Up to two separators ("+1 (415) 555-2671", "138 1234 5678"), and a digit must follow.
            var k = j;
            while (k < text.Length && k - j < 2 && IsSeparator(text[k]))
            {
                k++;
            }

            if (k == j || k >= text.Length || !IsDigit(text[k]))
            {
                break;
            }

            hasSeparators = true;
            j = k;
        }

        return j;
    }

    private static bool IsStandalone(ReadOnlySpan<char> text, int start, int end)
    {
        if (start > 0)
        {
            var before = text[start - 1];
            if (IsAsciiLetterOrDigit(before) || before is '_' or '/' or '.' or '@' or '#' or '¥' or '￥' or '$' or '€' or '£' or '=' or '&')
            {
                return false;
            }
        }

        if (end < text.Length)
        {
            var after = text[end];
            var followedByDigit = end + 1 < text.Length && IsDigit(text[end + 1]);
            if (IsAsciiLetterOrDigit(after) || after is '@' or '_' or '/' or '%' or '元' or '块' or '¥' or '￥' or '&' or '='
                || (after is '.' or ':' or ',' && followedByDigit))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasNonPersonalLabel(ReadOnlySpan<char> text, int start)
    {
        // Look back over the few characters before the number, stopping at an earlier number.
        var from = start;
        while (from > 0 && start - from < 12 && !IsDigit(text[from - 1]))
        {
            from--;
        }

        var window = text[from..start];
        foreach (var label in _nonPersonalLabels)
        {
            if (window.Contains(label, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMainlandMobile(ReadOnlySpan<char> digits) =>
        digits.Length == 11 && digits[0] == '1' && digits[1] is >= '3' and <= '9';

    // Visa 4, Mastercard 51-55 / 2221-2720, Amex 34/37, JCB 35, Discover / UnionPay 6, old domestic 9.
    private static bool HasCardPrefix(ReadOnlySpan<char> digits) => digits[0] switch
    {
        '3' or '4' or '5' or '6' or '9' => true,
        '2' => int.Parse(digits[..4], System.Globalization.CultureInfo.InvariantCulture) is >= 2221 and <= 2720,
        _ => false,
    };

    private static bool IsSeparator(char c) => c is ' ' or '-' or '\u00A0' or '(' or ')';

    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    private static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c);
}
