using Realtime.Contracts.Conversations;
using Realtime.Contracts.Events;
using Realtime.Contracts.Rulesets;
using Realtime.Contracts.Scoring;
using Realtime.Contracts.Texts;

namespace Realtime.Grains.Conversations;

/// <summary>
/// The ruleset's critical items (<c>autoFail</c>): rude language, a customer's personal data sent in full, CSAT ≤ 2 from a
/// customer who was upset, an SLA breach in a conversation that also missed a required disclosure, an upset customer
/// brushed off with no apology. Each is judged on the
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
                RuleIds.RudeLanguage => First(deductions, RuleIds.RudeLanguage) is { } d
                    ? Text.Of("autoFail.rude", ("evidence", d.Evidence)) : null,
                RuleIds.PiiLeak => First(deductions, RuleIds.PiiLeak) is { } d
                    ? Text.Of("autoFail.piiLeak", ("evidence", d.Evidence)) : null,
                RuleIds.LowCsatUpset => csat is <= 2 && events.Any(e => e.Sender == Senders.Customer && ScorecardCalculator.IsUpset(e, ruleset))
                    ? Text.Of("autoFail.lowCsatUpset", ("rating", csat)) : null,
                RuleIds.BreachWithMissingDisclosure => BreachWithMissingDisclosure(deductions),
                RuleIds.BrushOffUpset => BrushOffUpset(events, deductions, ruleset),
                _ => null,
            };
            if (reason is not null && (hits ??= []).All(h => h.RuleId != item))
            {
                hits.Add(new AutoFailHit(item, reason.Render(TextCatalog.English)) { MessageKey = reason.Key, Args = reason.Args });
            }
        }

        return hits ?? [];
    }

    private static Text? BreachWithMissingDisclosure(IReadOnlyList<Deduction> deductions)
    {
        var breach = First(deductions, RuleIds.FirstResponseBreach) ?? First(deductions, RuleIds.NextResponseBreach);
        var missing = First(deductions, RuleIds.MissingDisclosure);
        return breach is not null && missing is not null
            ? Text.Of("autoFail.breachWithMissingDisclosure", ("rule", Text.Label("label.rule." + breach.RuleId)), ("item", Text.Label("label.disclosure." + missing.Evidence)))
            : null;
    }

    /// <summary>
    /// 推诿 an upset customer: a dismissive reply sent after the customer was upset, in a conversation where no reply
    /// after that point apologised.
    /// </summary>
    private static Text? BrushOffUpset(IReadOnlyList<StoredEvent> events, IReadOnlyList<Deduction> deductions, Ruleset ruleset)
    {
        StoredEvent? upset = null;
        foreach (var e in events)
        {
            if (upset is null)
            {
                upset = e.Sender == Senders.Customer && IsClearlyUpset(e, ruleset) ? e : null;
                continue;
            }

            if (e.Sender == Senders.Agent && e.Analysis is { } a && a.Tags.Contains(PhraseListNames.Apology))
            {
                return null;
            }
        }

        if (upset is null)
        {
            return null;
        }

        foreach (var d in deductions)
        {
            if (d.RuleId == RuleIds.DismissiveLanguage && d.MessageId is { } id
                && events.FirstOrDefault(e => e.EventId == id) is { } reply && StoredEvent.Compare(reply, upset) > 0)
            {
                return Text.Of("autoFail.brushOffUpset", ("evidence", d.Evidence));
            }
        }

        return null;
    }

    /// <summary>
    /// Upset beyond doubt, as a failing verdict needs: a threat, abuse or rude words, or the models sure of it (the
    /// looser <see cref="ScorecardCalculator.IsUpset"/> also reads a calmly told problem as upset).
    /// </summary>
    private static bool IsClearlyUpset(StoredEvent e, Ruleset ruleset) =>
        e.Analysis is { } a
        && (a.Tags.Contains(PhraseListNames.ComplaintThreat)
            || a.Tags.Contains(PhraseListNames.CustomerAbuse)
            || a.Tags.Contains(PhraseListNames.Rude)
            || (a.Sentiment == "negative" && (a.SentimentConfidence ?? 0) >= ClearlyNegative)
            || (a.ComplaintRisk ?? 0) >= ruleset.ComplaintRiskThreshold);

    private const double ClearlyNegative = 0.9;

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
