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

    private static readonly SearchValues<char> _chineseMarkers = SearchValues.Create("路街巷弄号栋幢座");

    internal static void FindAll(ReadOnlySpan<char> original, ReadOnlySpan<char> normalized, List<PiiMatch> results)
    {
        if (normalized.ContainsAny(_chineseMarkers))
        {
            foreach (var match in ChineseAddress().EnumerateMatches(normalized))
            {
                results.Add(new PiiMatch(PiiKinds.Address, match.Index, match.Length));
            }
        }

        if (original.ContainsAnyInRange('0', '9'))
        {
            foreach (var match in EnglishAddress().EnumerateMatches(original))
            {
                results.Add(new PiiMatch(PiiKinds.Address, match.Index, match.Length));
            }
        }
    }

    [GeneratedRegex(ChinesePattern, RegexOptions.CultureInvariant)]
    private static partial Regex ChineseAddress();

    [GeneratedRegex(EnglishPattern, RegexOptions.CultureInvariant)]
    private static partial Regex EnglishAddress();
}
