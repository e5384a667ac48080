using Realtime.Contracts.Alerts;
using Realtime.Contracts.Conversations;
using Realtime.Contracts.Events;
using Realtime.Contracts.Rulesets;
using Realtime.Contracts.Scoring;
using Realtime.Contracts.Texts;

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
            var evidence = Text.Of("evidence.deductions", ("rules", Text.Labels(scorecard.Deductions.Select(d => d.RuleId).Distinct().Take(5).Select(r => "label.rule." + r))));
            conditions.Add(new AlertCondition(
                "qa.low.score", AlertKinds.QaLowScore, Severities.Warning, "qa.lowScore",
                scorecard.AutoFail.Count > 0
                    ? Text.Of("alert.qaLowScore.autoFail", ("score", Math.Round(scorecard.Total, 1)), ("threshold", Math.Round(ruleset.QaLowScoreThreshold, 1)),
                        ("items", Text.Labels(scorecard.AutoFail.Select(a => "label.rule." + a.RuleId))))
                    : Text.Of("alert.qaLowScore", ("score", Math.Round(scorecard.Total, 1)), ("threshold", Math.Round(ruleset.QaLowScoreThreshold, 1))),
                evidence.Render(TextCatalog.English), currentAgent, events[^1].OccurredAt, null)
            { EvidenceText = evidence });
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
                        Text.Of("alert.bannedTerm", ("phrase", banned.Text)), Context(a.MaskedText, banned.Start, banned.Length), e.AgentId, e.OccurredAt,
                        Text.Of("hint.bannedTerm", ("phrase", banned.Text)))
                    : null);
                AddOnce(conditions, FirstHit(a, PhraseListNames.Rude) is { } rude
                    ? new AlertCondition("rude.language", AlertKinds.RudeLanguage, Severities.Critical, RuleIds.RudeLanguage,
                        Text.Of("alert.rudeLanguage", ("phrase", rude.Text)), Context(a.MaskedText, rude.Start, rude.Length), e.AgentId, e.OccurredAt,
                        Text.Of("hint.rudeLanguage"))
                    : null);
                AddOnce(conditions, a.Pii.Count > 0
                    ? new AlertCondition("pii.leak", AlertKinds.PiiLeak, Severities.Critical, RuleIds.PiiLeak,
                        Text.Of("alert.piiLeak", ("kinds", Text.Labels(a.Pii.Select(p => "label.pii." + p.Kind).Distinct()))),
                        Context(a.MaskedText, a.Pii[0].Start, a.Pii[0].Length), e.AgentId, e.OccurredAt,
                        Text.Of("hint.piiLeak"))
                    : null);
            }
        }
    }

    private static void DetectSla(IReadOnlyList<SlaWaitFacts> waits, List<AlertCondition> conditions)
    {
        foreach (var wait in waits)
        {
            var explanation = SlaCalculator.ExplainText(wait);
            var first = wait.Kind == SlaCalculator.FirstResponse;
            if (wait.PassedWarn)
            {
                conditions.Add(new AlertCondition($"sla.warning:{wait.StartEventId}", AlertKinds.SlaWarning, Severities.Warning,
                    wait.Kind == SlaCalculator.FirstResponse ? RuleIds.FirstResponseWarn : RuleIds.NextResponseWarn,
                    Text.Of(first ? "alert.sla.warning.firstResponse" : "alert.sla.warning.nextResponse", ("seconds", wait.WarnSeconds)),
                    wait.Explanation, wait.AgentId, wait.WarnAt,
                    Text.Of("hint.sla.warning", ("seconds", wait.WarnSeconds)))
                { EvidenceText = explanation });
            }

            if (wait.PassedBreach)
            {
                conditions.Add(new AlertCondition($"sla.breach:{wait.StartEventId}", AlertKinds.SlaBreach, Severities.Critical,
                    wait.Kind == SlaCalculator.FirstResponse ? RuleIds.FirstResponseBreach : RuleIds.NextResponseBreach,
                    Text.Of(first ? "alert.sla.breach.firstResponse" : "alert.sla.breach.nextResponse", ("seconds", wait.BreachSeconds)),
                    wait.Explanation, wait.AgentId, wait.BreachAt,
                    Text.Of("hint.sla.breach", ("seconds", wait.BreachSeconds)))
                { EvidenceText = explanation });
            }
        }
    }

    private static void DetectDisclosures(
        IReadOnlyList<StoredEvent> events, IReadOnlyList<MissingDisclosureFact> missing, IReadOnlySet<string> topics,
        bool closed, string? agent, Ruleset ruleset, List<AlertCondition> conditions)
    {
        if (closed && missing.Count > 0)
        {
            var items = Text.Labels(missing.Select(m => "label.disclosure." + m.Name).Distinct());
            var evidence = Text.Of("evidence.disclosures", ("items", items));
            conditions.Add(new AlertCondition("missing.disclosure", AlertKinds.MissingDisclosure, Severities.Warning,
                RuleIds.MissingDisclosure, Text.Of("alert.missingDisclosure", ("items", items)),
                evidence.Render(TextCatalog.English), agent, events[^1].OccurredAt, null)
            { EvidenceText = evidence });
            return;
        }

        foreach (var rule in ruleset.Disclosures.Where(r => topics.Contains(r.Topic)))
        {
            var pending = missing.Where(m => m.Topic == rule.Topic).Select(m => m.Name).ToList();
            if (!closed && pending.Count > 0)
            {
                var items = Text.Labels(pending.Select(name => "label.disclosure." + name));
                conditions.Add(new AlertCondition($"hint.disclosure:{rule.Topic}", "hint", Severities.Info, RuleIds.MissingDisclosure,
                    Text.Of("alert.disclosurePending", ("topic", Text.Label("label.topic." + rule.Topic))), string.Join(", ", pending), agent,
                    events[^1].OccurredAt, Text.Of("hint.disclosurePending", ("items", items)))
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
