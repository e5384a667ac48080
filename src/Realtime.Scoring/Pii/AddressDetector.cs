using System.Buffers;
using System.Text.RegularExpressions;

namespace Realtime.Scoring.Pii;

/// <summary>
/// Street addresses. Chinese (on folded text): optional province / city / district / town, then a road with a house
/// number (建国路88号) or a residential compound with a building (阳光小区3栋), then optional unit and room. English (on
/// the original text, because capitals mark the street name): house number, one to four capitalised words, a street
/// suffix, optional apartment / suite.
/// </summary>
internal static partial class AddressDetector
{
    // Characters that end a place name: function words and verbs that precede an address in a sentence.
    private const string Han = @"[\u4e00-\u9fff-[的是在我你他她它到寄送发往址给请吧呢吗啊了和与及就要把被从住收货电话码您亲哪么什这那个有没还也都]]";

    private const string ChinesePattern =
        "(?:" + Han + "{2,6}(?:省|自治区))?(?:" + Han + "{2,6}市)?(?:" + Han + "{1,6}(?:区|县|旗))?(?:" + Han + "{1,6}(?:镇|乡|街道))?"
        + "(?:" + Han + "{1,8}(?:路|街|大道|大街|巷|弄|胡同)\\s?[0-9一二三四五六七八九十百]{1,5}\\s?号院?"
        + "|" + Han + "{2,8}(?:小区|花园|公寓|大厦|家园|新村|公馆)\\s?[0-9a-z]{1,4}\\s?(?:栋|幢|号楼|座))"
        + "(?:\\s?[0-9a-z]{1,4}\\s?(?:栋|幢|号楼|座))?(?:\\s?[0-9]{1,3}\\s?单元)?(?:\\s?[0-9]{1,5}\\s?(?:室|号))?";

    private const string EnglishPattern =
        @"\b[0-9]{1,6}[A-Za-z]?\s+(?:[A-Z][A-Za-z'.-]*\s+){1,4}"
        + @"(?i:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|parkway|pkwy|highway|hwy|square|sq)\b\.?"
        + @"(?:,?\s*(?i:apt|apartment|suite|ste|unit|\#)\.?\s*[A-Za-z0-9-]+)?";

    private static readonly SearchValues<char> _numberedMarkers = SearchValues.Create("号栋幢座");
    private static readonly SearchValues<char> _numberChars = SearchValues.Create("0123456789一二三四五六七八九十百");

    internal static void FindAll(ReadOnlySpan<char> original, ReadOnlySpan<char> normalized, List<PiiMatch> results)
    {
        // The regexes try every start position, so they only run where an address can end: a number before 号/栋/幢/座,
        // or a number, a space and a capital ("88 Main").
        if (HasNumberedMarker(normalized))
        {
            foreach (var match in ChineseAddress().EnumerateMatches(normalized))
            {
                results.Add(new PiiMatch(PiiKinds.Address, match.Index, match.Length));
            }
        }

        if (HasNumberThenCapital(original))
        {
            foreach (var match in EnglishAddress().EnumerateMatches(original))
            {
                results.Add(new PiiMatch(PiiKinds.Address, match.Index, match.Length));
            }
        }
    }

    private static bool HasNumberedMarker(ReadOnlySpan<char> text)
    {
        var offset = 0;
        while (true)
        {
            var found = text[offset..].IndexOfAny(_numberedMarkers);
            if (found < 0)
            {
                return false;
            }

            var at = offset + found;
            var before = at - 1;
            while (before >= 0 && text[before] == ' ')
            {
                before--;
            }

            if (before >= 0 && _numberChars.Contains(text[before]))
            {
                return true;
            }

            offset = at + 1;
        }
    }

    private static bool HasNumberThenCapital(ReadOnlySpan<char> text)
    {
        var offset = 0;
        while (true)
        {
            var found = text[offset..].IndexOfAnyInRange('0', '9');
            if (found < 0)
            {
                return false;
            }

            var i = offset + found + 1;
            if (i < text.Length && char.IsAsciiLetter(text[i]))
            {
                i++;
            }

            var spaces = i;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > spaces && i < text.Length && char.IsAsciiLetterUpper(text[i]))
            {
                return true;
            }

            offset = Math.Max(i, offset + found + 1);
        }
    }

    [GeneratedRegex(ChinesePattern, RegexOptions.CultureInvariant)]
    private static partial Regex ChineseAddress();

    [GeneratedRegex(EnglishPattern, RegexOptions.CultureInvariant)]
    private static partial Regex EnglishAddress();
}
