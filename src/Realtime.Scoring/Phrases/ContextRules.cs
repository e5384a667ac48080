using Realtime.Contracts.Rulesets;
using Realtime.Scoring.Rulesets;

namespace Realtime.Scoring.Phrases;

/// <summary>
/// Applies the <c>exceptions</c> list: a banned, rude, dismissive, complaint-threat, abuse or disclosure-scope
/// <c>notWhen</c> match lying inside an exception match (最 inside 最近, 第一 inside 第一次, avocat inside "avocat mûr",
/// 上门取件 inside 无上门取件) is dropped, and the exception matches
/// themselves are dropped too, so they never show as hits, tags or deductions.
/// </summary>
internal static class ContextRules
{
    internal static void Apply(List<PhraseMatch> matches, IReadOnlyList<PhrasePattern> patterns)
    {
        var anyException = false;
        foreach (var match in matches)
        {
            anyException |= patterns[match.Pattern].List == PhraseListNames.Exceptions;
        }

        if (!anyException)
        {
            return;
        }

        var kept = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            var match = matches[i];
            var list = patterns[match.Pattern].List;
            if (list == PhraseListNames.Exceptions || (IsContextual(list) && IsInsideException(matches, patterns, match)))
            {
                continue;
            }

            matches[kept++] = match;
        }

        matches.RemoveRange(kept, matches.Count - kept);
    }

    private static bool IsContextual(string list) =>
        list is PhraseListNames.Banned or PhraseListNames.Rude or PhraseListNames.Dismissive
            or PhraseListNames.ComplaintThreat or PhraseListNames.CustomerAbuse
        || (list.StartsWith(DisclosureLists.ScopePrefix, StringComparison.Ordinal) && list.EndsWith(".notWhen", StringComparison.Ordinal));

    private static bool IsInsideException(List<PhraseMatch> matches, IReadOnlyList<PhrasePattern> patterns, PhraseMatch match)
    {
        foreach (var other in matches)
        {
            if (patterns[other.Pattern].List == PhraseListNames.Exceptions
                && other.Start <= match.Start && other.Start + other.Length >= match.Start + match.Length)
            {
                return true;
            }
        }

        return false;
    }
}
