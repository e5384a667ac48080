namespace Realtime.Scoring.Pii;

/// <summary>
/// E-mail addresses: an ASCII local part, '@', and a dotted domain. Domain labels are ASCII, punycode
/// (<c>xn--fiqs8s</c>) or internationalised (<c>münchen.de</c>, <c>例子.中国</c>); a label never mixes Han with ASCII, so
/// "a@qq.com谢谢" ends at "com". The last label is two or more letters, punycode, or Han.
/// </summary>
internal static class EmailDetector
{
    internal static void FindAll(ReadOnlySpan<char> text, List<PiiMatch> results)
    {
        var offset = 0;
        while (offset < text.Length)
        {
            var at = text[offset..].IndexOf('@');
            if (at < 0)
            {
                return;
            }

            at += offset;
            var start = at;
            while (start > 0 && IsLocalChar(text[start - 1]))
            {
                start--;
            }

            while (start < at && text[start] == '.')
            {
                start++;
            }

            var end = ScanDomain(text, at + 1);
            while (end > at + 1 && text[end - 1] is '.' or '-')
            {
                end--;
            }

            // "a@qq.com.谢谢": a Han last label that is no top-level domain is the next sentence.
            var lastLabel = at + 1 + text[(at + 1)..end].LastIndexOf('.') + 1;
            if (lastLabel > at + 2 && lastLabel < end && IsHan(text[lastLabel]) && !IsDomain(text[(at + 1)..end]))
            {
                end = lastLabel - 1;
            }

            if (start < at && IsDomain(text[(at + 1)..end]))
            {
                results.Add(new PiiMatch(PiiKinds.Email, start, end - start));
                offset = end;
            }
            else
            {
                offset = at + 1;
            }
        }
    }

    private static int ScanDomain(ReadOnlySpan<char> text, int from)
    {
        var end = from;
        var labelHasHan = false;
        var labelHasOther = false;
        while (end < text.Length)
        {
            var c = text[end];
            if (c == '.')
            {
                labelHasHan = labelHasOther = false;
            }
            else if (IsHan(c))
            {
                if (labelHasOther)
                {
                    break;
                }

                labelHasHan = true;
            }
            else if (char.IsAsciiLetterOrDigit(c) || c == '-' || (c > 0x7F && char.IsLetter(c)))
            {
                if (labelHasHan)
                {
                    break;
                }

                labelHasOther = true;
            }
            else
            {
                break;
            }

            end++;
        }

        return end;
    }

    private static bool IsDomain(ReadOnlySpan<char> domain)
    {
        var lastDot = domain.LastIndexOf('.');
        if (lastDot <= 0 || domain.Contains("..", StringComparison.Ordinal) || domain[0] is '-' or '.')
        {
            return false;
        }

        var tld = domain[(lastDot + 1)..];
        if (tld.StartsWith("xn--", StringComparison.Ordinal))
        {
            return tld.Length > 4;
        }

        if (tld.Length < 2)
        {
            return false;
        }

        var han = IsHan(tld[0]);
        foreach (var c in tld)
        {
            if (han ? !IsHan(c) : !char.IsLetter(c))
            {
                return false;
            }
        }

        return !han || KnownHanTld(tld);
    }

    // Han top-level domains in use; a Han "label" after a dot is otherwise just the next sentence ("a@b.com。谢谢" has none).
    private static bool KnownHanTld(ReadOnlySpan<char> tld) =>
        tld is "中国" or "中國" or "公司" or "网络" or "網絡" or "在线" or "商城" or "香港" or "台湾" or "台灣" or "集团" or "网址"
            or "网店" or "中文网" or "移动" or "我爱你" or "商标" or "新加坡" or "信息" or "广东" or "手机";

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private static bool IsLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';
}
