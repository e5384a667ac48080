using Realtime.Contracts.Rulesets;
using Realtime.Contracts.Scoring;
using Realtime.Scoring.Phrases;
using Realtime.Scoring.Pii;
using CatalogText = Realtime.Contracts.Texts.Text;

namespace Realtime.Scoring.Rules;

/// <summary>
/// Message-level deductions of an agent (or bot) message: each distinct banned, rude or dismissive phrase, each kind of
/// personal data sent in full. A phrase found inside a longer phrase of the same list (最低价 inside 全网最低价) counts
/// once, as the longer one. The store's own contacts (<c>storeContacts</c>) were removed from the personal data before.
/// </summary>
internal static class AgentDeductions
{
    internal static Deduction[] For(
        List<PhraseMatch> matches, List<PiiMatch> pii, IReadOnlyList<PhrasePattern> patterns, string masked)
    {
        List<Deduction>? deductions = null;
        for (var i = 0; i < matches.Count; i++)
        {
            var match = matches[i];
            var pattern = patterns[match.Pattern];
            var rule = PhraseRuleOf(pattern.List);
            if (rule is null || IsInsideLongerMatch(matches, patterns, i) || OverlapsEarlierMatch(matches, patterns, i)
                || IsRepeat(matches, patterns, i))
            {
                continue;
            }

            (deductions ??= []).Add(new Deduction
            {
                RuleId = rule.RuleId,
                Dimension = rule.Dimension,
                Points = rule.Points,
                MessageKey = rule.MessageKey,
                Args = CatalogText.ArgsOf(("phrase", pattern.Phrase)),
                Evidence = masked.Substring(match.Start, match.Length),
                Start = match.Start,
                Length = match.Length,
            });
        }

        for (var i = 0; i < pii.Count; i++)
        {
            var found = pii[i];
            if (KindSeenBefore(pii, i))
            {
                continue;
            }

            (deductions ??= []).Add(new Deduction
            {
                RuleId = RuleIds.PiiLeak,
                Dimension = Dimensions.Compliance,
                Points = DeductionPoints.PiiLeak,
                MessageKey = "deduction.piiLeak",
                Args = CatalogText.ArgsOf(("kind", CatalogText.Label("label.pii." + found.Kind))),
                Evidence = masked.Substring(found.Start, found.Length),
                Start = found.Start,
                Length = found.Length,
            });
        }

        return deductions is null ? [] : [.. deductions];
    }

    /// <summary>What a match of an agent-side phrase list costs, and where.</summary>
    private sealed record PhraseRule(string RuleId, string Dimension, double Points, string MessageKey);

    private static readonly PhraseRule Banned = new(RuleIds.BannedTerm, Dimensions.Compliance, DeductionPoints.BannedTerm, "deduction.bannedTerm");
    private static readonly PhraseRule Rude = new(RuleIds.RudeLanguage, Dimensions.Courtesy, DeductionPoints.RudeLanguage, "deduction.rudeLanguage");
    private static readonly PhraseRule Dismissive = new(RuleIds.DismissiveLanguage, Dimensions.Courtesy, DeductionPoints.DismissiveLanguage, "deduction.dismissive");

    private static PhraseRule? PhraseRuleOf(string list) => list switch
    {
        PhraseListNames.Banned => Banned,
        PhraseListNames.Rude => Rude,
        PhraseListNames.Dismissive => Dismissive,
        _ => null,
    };

    private static bool IsInsideLongerMatch(List<PhraseMatch> matches, IReadOnlyList<PhrasePattern> patterns, int index)
    {
        var match = matches[index];
        var list = patterns[match.Pattern].List;
        foreach (var other in matches)
        {
            if (other.Length > match.Length && other.Start <= match.Start
                && other.Start + other.Length >= match.Start + match.Length
                && patterns[other.Pattern].List == list)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"这个不清楚" and "不清楚哦" in "这个不清楚哦" are one finding: the earlier-ending match stands for both.</summary>
    private static bool OverlapsEarlierMatch(List<PhraseMatch> matches, IReadOnlyList<PhrasePattern> patterns, int index)
    {
        var match = matches[index];
        var list = patterns[match.Pattern].List;
        for (var i = 0; i < index; i++)
        {
            var other = matches[i];
            if (other.Start < match.Start + match.Length && match.Start < other.Start + other.Length
                && patterns[other.Pattern].List == list && !IsInsideLongerMatch(matches, patterns, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRepeat(List<PhraseMatch> matches, IReadOnlyList<PhrasePattern> patterns, int index)
    {
        var pattern = matches[index].Pattern;
        for (var i = 0; i < index; i++)
        {
            if (matches[i].Pattern == pattern && !IsInsideLongerMatch(matches, patterns, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool KindSeenBefore(List<PiiMatch> pii, int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (pii[i].Kind == pii[index].Kind)
            {
                return true;
            }
        }

        return false;
    }
}
