using Realtime.Contracts.Conversations;
using Realtime.Contracts.Events;
using Realtime.Contracts.Rulesets;
using Realtime.Contracts.Scoring;

namespace Realtime.Grains.Conversations;

/// <summary>
/// The ruleset's critical items (<c>autoFail</c>): rude language, a customer's personal data sent in full, CSAT ≤ 2 from a
/// customer who was upset, an SLA breach in a conversation that also missed a required disclosure. Each is judged on the
/// deductions that still count (a waived one fails nothing); any hit caps the total just below the low-score threshold.
/// </summary>
public static class AutoFailItems
{
    /// <summary>The most a failed conversation can score: one point under the threshold (never below 0).</summary>
    public static double CappedTotal(Ruleset ruleset) => Math.Max(0, ruleset.QaLowScoreThreshold - 1);

    public static IReadOnlyList<AutoFailHit> Find(IReadOnlyList<StoredEvent> events, IReadOnlyList<Deduction> deductions, int? csat, Ruleset ruleset)
    {
        var items = ruleset.AutoFail;
        if (items is null || items.Count == 0)
        {
            return [];
        }

        List<AutoFailHit>? hits = null;
        foreach (var item in items)
        {
            var reason = item switch
            {
                RuleIds.RudeLanguage => First(deductions, RuleIds.RudeLanguage) is { } d ? $"Rude language: \"{d.Evidence}\"." : null,
                RuleIds.PiiLeak => First(deductions, RuleIds.PiiLeak) is { } d ? $"A customer's personal data was sent in full: {d.Evidence}." : null,
                RuleIds.LowCsatUpset => csat is <= 2 && events.Any(e => e.Sender == Senders.Customer && ScorecardCalculator.IsUpset(e, ruleset))
                    ? $"CSAT {csat} from a customer who was upset: the complaint was not resolved." : null,
                RuleIds.BreachWithMissingDisclosure => BreachWithMissingDisclosure(deductions),
                _ => null,
            };
            if (reason is not null && (hits ??= []).All(h => h.RuleId != item))
            {
                hits.Add(new AutoFailHit(item, reason));
            }
        }

        return hits ?? [];
    }

    private static string? BreachWithMissingDisclosure(IReadOnlyList<Deduction> deductions)
    {
        var breach = First(deductions, RuleIds.FirstResponseBreach) ?? First(deductions, RuleIds.NextResponseBreach);
        var missing = First(deductions, RuleIds.MissingDisclosure);
        return breach is not null && missing is not null ? $"{breach.Reason} And the {missing.Evidence} was never given." : null;
    }

    private static Deduction? First(IReadOnlyList<Deduction> deductions, string ruleId)
    {
        foreach (var d in deductions)
        {
            if (d.RuleId == ruleId)
            {
                return d;
            }
        }

        return null;
    }
}
