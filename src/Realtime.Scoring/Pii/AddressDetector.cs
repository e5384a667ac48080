using System.Buffers;
using System.Text.RegularExpressions;

namespace Realtime.Scoring.Pii;

/// <summary>
/// Street addresses. Chinese (on folded text): optional province / city / district / town, then a road with a house
/// number (建国路88号, 长乐路105弄1号, 协和路12号) or a residential compound with a building (阳光小区3栋), then optional
/// building, unit and room. English (on the original text, because capitals mark the street name): house number, then
/// one to four capitalised or numbered words and a street suffix ("103 2nd Avenue"), or lower-case words with an
/// unambiguous suffix ("12 oak street"), or Broadway, or a highway ("12000 Highway 9"), or no suffix but city, state and
/// ZIP ("1 Infinite Loop, Cupertino, CA 95014"); optional apartment / suite.
/// </summary>
internal static partial class AddressDetector
{
    // Characters that end a place name: function words and verbs that precede an address in a sentence.
    private const string Han = @"[\u4e00-\u9fff-[的是在我你他她它到寄送发往址给请吧呢吗啊了和与及就要把被从住收货电话码您亲哪么什这那个有没还也都]]";

    // Inside a road name (not first) a few of those are ordinary: 协和路, 长与路, 发展大道.
    private const string RoadName = Han + "(?:" + Han + "|[和与及发有住从]){0,7}";

    private const string Number = "[0-9一二三四五六七八九十百]{1,5}";

    private const string ChinesePattern =
        "(?:" + Han + "{2,6}(?:省|自治区))?(?:" + Han + "{2,6}市)?(?:" + Han + "{1,6}(?:区|县|旗))?(?:" + Han + "{1,6}(?:镇|乡|街道))?"
        + "(?:" + RoadName + "(?:路|街|大道|大街|巷|弄|胡同|公路)(?:\\s?" + Number + "\\s?(?:弄|支弄|巷))?\\s?" + Number + "\\s?号院?"
        + "|" + Han + "{2,8}(?:小区|花园|公寓|大厦|家园|新村|公馆)\\s?[0-9a-z]{1,4}\\s?(?:栋|幢|号楼|座))"
        + "(?:\\s?[0-9a-z]{1,4}\\s?(?:栋|幢|号楼|座|号))?(?:\\s?[0-9]{1,3}\\s?单元)?(?:\\s?[0-9]{1,5}\\s?(?:室|号))?";

    private const string Suffix =
        "street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|parkway|pkwy|highway|hwy"
        + "|square|sq|loop|circle|cir|crescent|row|alley|trail|trl|pike|turnpike|expressway|expy|freeway|fwy|plaza|walk";

    // Lower-case street words only with a suffix nobody uses for anything else, and no function word or unit among them.
    private const string LowerWord =
        @"(?!(?:the|a|an|on|in|at|to|of|for|my|your|our|and|or|is|are|was|more|other|by|from|down|up|via|per|each|every"
        + @"|days?|hours?|minutes?|weeks?|months?|years?|times?|items?|pieces?|pairs?|boxes?|orders?|miles?|km|blocks?)\b)"
        + @"(?:[a-z][a-z'.-]*|[0-9]{1,3}(?:st|nd|rd|th))\s+";

    private const string EnglishPattern =
        @"\b[0-9]{1,6}[A-Za-z]?\s+(?:"
        + @"(?:(?:[A-Z][A-Za-z'.-]*|[0-9]{1,3}(?:st|nd|rd|th))\s+){1,4}(?i:" + Suffix + @")\b\.?"
        + @"|(?:" + LowerWord + @"){1,3}(?:street|avenue|ave|road|boulevard|blvd|highway|hwy|parkway|lane)\b\.?"
        + @"|(?i:broadway|the\s+bowery)\b"
        + @"|(?i:(?:us|state|county|farm\s+to\s+market)\s+)?(?i:highway|hwy|route|rte|interstate)\s*-?\s*[0-9]{1,4}[A-Za-z]?\b"
        + @"|(?:[A-Z][A-Za-z'.-]*\s+){0,3}[A-Z][A-Za-z'.-]*,\s*[A-Z][A-Za-z.' -]{1,30},\s*[A-Z]{2}\s+[0-9]{5}(?:-[0-9]{4})?\b"
        + @")(?:,?\s*(?i:apt|apartment|suite|ste|unit|\#)\.?\s*[A-Za-z0-9-]+)?";

    private static readonly SearchValues<char> _numberedMarkers = SearchValues.Create("号栋幢座");
    private static readonly SearchValues<char> _numberChars = SearchValues.Create("0123456789一二三四五六七八九十百");

    internal static void FindAll(ReadOnlySpan<char> original, ReadOnlySpan<char> normalized, List<PiiMatch> results)
    {
        // The regexes try every start position, so they only run where an address can end: a number before 号/栋/幢/座,
        // or a number, a space and a letter or digit ("88 Main", "103 2nd Avenue").
        if (HasNumberedMarker(normalized))
        {
            foreach (var match in ChineseAddress().EnumerateMatches(normalized))
            {
                results.Add(new PiiMatch(PiiKinds.Address, match.Index, match.Length));
            }
        }

        if (HasNumberThenLetter(original))
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

    private static bool HasNumberThenLetter(ReadOnlySpan<char> text)
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

            if (i > spaces && i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
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
