namespace Realtime.Scoring.Pii;

/// <summary>E-mail addresses: an ASCII local part, '@', and a dotted domain whose last label is at least two letters.</summary>
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

            var end = at + 1;
            while (end < text.Length && IsDomainChar(text[end]))
            {
                end++;
            }

            while (end > at + 1 && text[end - 1] is '.' or '-')
            {
                end--;
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

    private static bool IsDomain(ReadOnlySpan<char> domain)
    {
        var lastDot = domain.LastIndexOf('.');
        if (lastDot <= 0 || domain.Contains("..", StringComparison.Ordinal) || !char.IsAsciiLetterOrDigit(domain[0]))
        {
            return false;
        }

        var tld = domain[(lastDot + 1)..];
        if (tld.Length < 2)
        {
            return false;
        }

        foreach (var c in tld)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool IsDomainChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-';
}
