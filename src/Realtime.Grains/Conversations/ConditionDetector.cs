using Realtime.Contracts.Alerts;
using Realtime.Contracts.Conversations;
using Realtime.Contracts.Events;
using Realtime.Contracts.Rulesets;
using Realtime.Contracts.Scoring;

namespace Realtime.Grains.Conversations;

/// <summary>Finds the alert conditions of a conversation. Keys are stable, so each condition raises one alert.</summary>
public static class ConditionDetector
{
    public static List<AlertCondition> Detect(
        IReadOnlyList<StoredEvent> events,
        IReadOnlyList<SlaWaitFacts> waits,
        IReadOnlyList<MissingDisclosureFact> missingDisclosures,
        IReadOnlySet<string> topics,
        Scorecard scorecard,
        string? currentAgent,
        bool closed,
        Ruleset ruleset)
    {
        var conditions = new List<AlertCondition>();
        DetectPhraseAndPii(events, conditions);
        AddOnce(conditions, ComplaintRiskDetector.Condition(events, ruleset));
        AddOnce(conditions, MoodDetector.Condition(events, currentAgent));
        DetectSla(waits, conditions);
        DetectDisclosures(events, missingDisclosures, topics, closed, currentAgent, ruleset, conditions);
        if (closed && scorecard.Total < ruleset.QaLowScoreThreshold)
        {
            conditions.Add(new AlertCondition(
                "qa.low.score", AlertKinds.QaLowScore, Severities.Warning, "qa.lowScore",
                scorecard.AutoFail.Count > 0
                    ? $"Conversation scored {scorecard.Total:0.#} (threshold {ruleset.QaLowScoreThreshold:0.#}); auto-fail: {string.Join("; ", scorecard.AutoFail.Select(a => $"{a.RuleId} ({a.Reason})"))}"
                    : $"Conversation scored {scorecard.Total:0.#} (threshold {ruleset.QaLowScoreThreshold:0.#}).",
                string.Join("; ", scorecard.Deductions.Take(5).Select(d => $"{d.RuleId} -{d.Points:0.#}")),
                currentAgent, events[^1].OccurredAt, null));
        }

        return conditions;
    }

    private static void DetectPhraseAndPii(IReadOnlyList<StoredEvent> events, List<AlertCondition> conditions)
    {
        foreach (var e in events)
        {
            if (e.Analysis is not { } a)
            {
                continue;
            }

            if (e.Sender is Senders.Agent or Senders.Bot)
            {
                AddOnce(conditions, FirstHit(a, PhraseListNames.Banned) is { } banned
                    ? new AlertCondition("banned.term", AlertKinds.BannedTerm, Severities.Warning, RuleIds.BannedTerm,
                        $"Agent used a prohibited claim: \"{banned.Text}\".", Context(a.MaskedText, banned.Start, banned.Length), e.AgentId, e.OccurredAt,
                        $"Remove \"{banned.Text}\": absolute claims (最/第一/全网最低价, \"lowest price guaranteed\") break advertising law.")
                    : null);
                AddOnce(conditions, FirstHit(a, PhraseListNames.Rude) is { } rude
                    ? new AlertCondition("rude.language", AlertKinds.RudeLanguage, Severities.Critical, RuleIds.RudeLanguage,
                        $"Agent used rude language: \"{rude.Text}\".", Context(a.MaskedText, rude.Start, rude.Length), e.AgentId, e.OccurredAt,
                        "Rude language was detected in your reply. Stay courteous; a supervisor has been notified.")
                    : null);
                AddOnce(conditions, a.Pii.Count > 0
                    ? new AlertCondition("pii.leak", AlertKinds.PiiLeak, Severities.Critical, RuleIds.PiiLeak,
                        $"Agent sent personal data in full ({string.Join(", ", a.Pii.Select(p => p.Kind).Distinct())}).",
                        Context(a.MaskedText, a.Pii[0].Start, a.Pii[0].Length), e.AgentId, e.OccurredAt,
                        "Don't send full phone numbers, card or ID numbers or addresses in chat; mask them.")
                    : null);
            }
        }
    }

    private static void DetectSla(IReadOnlyList<SlaWaitFacts> waits, List<AlertCondition> conditions)
    {
        foreach (var wait in waits)
        {
            var label = wait.Kind == SlaCalculator.FirstResponse ? "first response" : "reply";
            if (wait.PassedWarn)
            {
                conditions.Add(new AlertCondition($"sla.warning:{wait.StartEventId}", AlertKinds.SlaWarning, Severities.Warning,
                    wait.Kind == SlaCalculator.FirstResponse ? RuleIds.FirstResponseWarn : RuleIds.NextResponseWarn,
                    $"Customer waited {wait.WarnSeconds} s for a {label} (warning at {wait.WarnSeconds} s).",
                    wait.Explanation, wait.AgentId, wait.WarnAt,
                    $"The customer has waited {wait.WarnSeconds} s: reply now."));
            }

            if (wait.PassedBreach)
            {
                conditions.Add(new AlertCondition($"sla.breach:{wait.StartEventId}", AlertKinds.SlaBreach, Severities.Critical,
                    wait.Kind == SlaCalculator.FirstResponse ? RuleIds.FirstResponseBreach : RuleIds.NextResponseBreach,
                    $"Customer waited {wait.BreachSeconds} s for a {label} (limit {wait.BreachSeconds} s).",
                    wait.Explanation, wait.AgentId, wait.BreachAt,
                    $"SLA breached: the customer has waited {wait.BreachSeconds} s."));
            }
        }
    }

    private static void DetectDisclosures(
        IReadOnlyList<StoredEvent> events, IReadOnlyList<MissingDisclosureFact> missing, IReadOnlySet<string> topics,
        bool closed, string? agent, Ruleset ruleset, List<AlertCondition> conditions)
    {
        if (closed && missing.Count > 0)
        {
            conditions.Add(new AlertCondition("missing.disclosure", AlertKinds.MissingDisclosure, Severities.Warning,
                RuleIds.MissingDisclosure,
                $"Closed without required disclosures: {string.Join(", ", missing.Select(m => $"{m.Topic}/{m.Name}"))}.",
                string.Join(", ", missing.Select(m => m.Name)), agent, events[^1].OccurredAt, null));
            return;
        }

        foreach (var rule in ruleset.Disclosures.Where(r => topics.Contains(r.Topic)))
        {
            var pending = missing.Where(m => m.Topic == rule.Topic).Select(m => m.Name).ToList();
            if (!closed && pending.Count > 0)
            {
                conditions.Add(new AlertCondition($"hint.disclosure:{rule.Topic}", "hint", Severities.Info, RuleIds.MissingDisclosure,
                    $"Disclosures pending for {rule.Topic}.", string.Join(", ", pending), agent, events[^1].OccurredAt,
                    $"Before closing, tell the customer: {string.Join(", ", pending)}.")
                { RaisesAlert = false });
            }
        }
    }

    private static void AddOnce(List<AlertCondition> conditions, AlertCondition? condition)
    {
        if (condition is null)
        {
            return;
        }

        foreach (var c in conditions)
        {
            if (c.Key == condition.Key)
            {
                return;
            }
        }

        conditions.Add(condition);
    }

    private static PhraseHit? FirstHit(MessageAnalysis a, string list)
    {
        foreach (var hit in a.Hits)
        {
            if (hit.List == list)
            {
                return hit;
            }
        }

        return null;
    }

    private static string Context(string text, int start, int length)
    {
        var from = Math.Max(0, start - 20);
        var to = Math.Min(text.Length, start + length + 20);
        return (from > 0 ? "…" : "") + text[from..to] + (to < text.Length ? "…" : "");
    }
}
