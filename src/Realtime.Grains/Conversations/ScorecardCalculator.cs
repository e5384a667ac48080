using System.Runtime.CompilerServices;
using Realtime.Contracts.Conversations;
using Realtime.Contracts.Events;
using Realtime.Contracts.Rulesets;
using Realtime.Contracts.Scoring;
using Realtime.Contracts.Texts;
using Realtime.Grains.Disputes;

namespace Realtime.Grains.Conversations;

/// <summary>
/// Scores a conversation: every dimension starts at 100 and loses exactly the points of its deductions (never below
/// 0); the total is the weighted sum for the agent's role. Each deduction names its rule and its evidence. Deductions
/// waived by accepted disputes are listed apart and do not count. Fixing a problem after a hint earns the points back:
/// an apology after the customer got upset, a required disclosure made any time before the close.
/// </summary>
public static class ScorecardCalculator
{
    private static readonly ConditionalWeakTable<DimensionWeights, IReadOnlyDictionary<string, double>> s_weights = new();

    public static Scorecard Calculate(
        IReadOnlyList<StoredEvent> events,
        IReadOnlyList<SlaWaitFacts> waits,
        IReadOnlyList<MissingDisclosureFact> missingDisclosures,
        string role,
        int? csat,
        bool closed,
        Ruleset ruleset,
        IReadOnlyList<WaivedDeduction>? waived = null)
    {
        var deductions = new List<Deduction>();
        AddMessageDeductions(events, deductions);
        AddSlaDeductions(waits, deductions);
        AddCourtesyDeductions(events, closed, ruleset, deductions);
        foreach (var missing in missingDisclosures)
        {
            deductions.Add(new Deduction
            {
                RuleId = RuleIds.MissingDisclosure,
                Dimension = Dimensions.Compliance,
                Points = ScorecardPoints.MissingDisclosure,
                MessageKey = "deduction.missingDisclosure",
                Args = Text.ArgsOf(("topic", Text.Label("label.topic." + missing.Topic)), ("name", Text.Label("label.disclosure." + missing.Name))),
                Evidence = missing.Name,
                EvidenceKey = "evidence.disclosures",
                EvidenceArgs = Text.ArgsOf(("items", Text.Label("label.disclosure." + missing.Name))),
            });
        }

        AddResolutionDeductions(events, csat, closed, deductions);
        var removed = waived is { Count: > 0 }
            ? deductions.Where(d => waived.Any(w => w.RuleId == d.RuleId && w.MessageId == d.MessageId)).ToList()
            : [];
        deductions.RemoveAll(removed.Contains);

        var weights = WeightsFor(role, ruleset);
        var dimensions = new Dictionary<string, double>(Dimensions.All.Count, StringComparer.Ordinal);
        var total = 0.0;
        foreach (var dimension in Dimensions.All)
        {
            var lost = 0.0;
            foreach (var d in deductions)
            {
                if (d.Dimension == dimension)
                {
                    lost += d.Points;
                }
            }

            var score = dimensions[dimension] = Math.Max(0, 100 - lost);
            total += score * weights[dimension];
        }

        var autoFail = AutoFailItems.Find(events, deductions, csat, ruleset);
        if (autoFail.Count > 0)
        {
            total = Math.Min(total, AutoFailItems.CappedTotal(ruleset));
        }

        return new Scorecard
        {
            Final = closed,
            Role = role,
            RulesetVersion = ruleset.Version,
            Dimensions = dimensions,
            Weights = weights,
            Total = Math.Round(total, 1),
            Deductions = deductions,
            Waived = removed,
            AutoFail = autoFail,
        };
    }

    /// <summary>The weights of a role as a dictionary, made once per ruleset's weights (every scorecard shares it read-only).</summary>
    public static IReadOnlyDictionary<string, double> WeightsFor(string role, Ruleset ruleset) =>
        s_weights.GetValue(role == AgentRoles.PreSales ? ruleset.Weights.PreSales : ruleset.Weights.AfterSales, w => new Dictionary<string, double>(StringComparer.Ordinal)
        {
            [Dimensions.Responsiveness] = w.Responsiveness,
            [Dimensions.Resolution] = w.Resolution,
            [Dimensions.Compliance] = w.Compliance,
            [Dimensions.Courtesy] = w.Courtesy,
            [Dimensions.Conversion] = w.Conversion,
        });

    private static void AddMessageDeductions(IReadOnlyList<StoredEvent> events, List<Deduction> deductions)
    {
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Analysis is null || e.Sender == Senders.Customer)
            {
                continue;
            }

            foreach (var d in e.Analysis.Deductions)
            {
                deductions.Add(d with { MessageId = e.EventId });
            }
        }
    }

    private static void AddSlaDeductions(IReadOnlyList<SlaWaitFacts> waits, List<Deduction> deductions)
    {
        foreach (var wait in waits)
        {
            var first = wait.Kind == SlaCalculator.FirstResponse;
            if (wait.PassedBreach)
            {
                deductions.Add(SlaDeduction(wait, first ? RuleIds.FirstResponseBreach : RuleIds.NextResponseBreach, ScorecardPoints.SlaBreach));
            }
            else if (wait.PassedWarn)
            {
                deductions.Add(SlaDeduction(wait, first ? RuleIds.FirstResponseWarn : RuleIds.NextResponseWarn, ScorecardPoints.SlaWarning));
            }
        }
    }

    private static Deduction SlaDeduction(SlaWaitFacts wait, string ruleId, double points) => new()
    {
        RuleId = ruleId,
        Dimension = Dimensions.Responsiveness,
        Points = points,
        MessageKey = wait.Kind == SlaCalculator.FirstResponse ? "deduction.sla.firstResponse" : "deduction.sla.nextResponse",
        Args = Text.ArgsOf(("seconds", Math.Round(wait.Seconds)), ("warn", wait.WarnSeconds), ("breach", wait.BreachSeconds)),
        Evidence = $"{wait.Seconds:0} s",
        EvidenceKey = "evidence.seconds",
        EvidenceArgs = Text.ArgsOf(("seconds", Math.Round(wait.Seconds))),
        MessageId = wait.StartEventId,
    };

    private static void AddCourtesyDeductions(IReadOnlyList<StoredEvent> events, bool closed, Ruleset ruleset, List<Deduction> deductions)
    {
        // Loops, not LINQ: this runs for every conversation at every batch.
        StoredEvent? firstReply = null, lastReply = null;
        StoredEvent? upset = null;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (IsAgentMessage(e))
            {
                firstReply ??= e;
                lastReply = e;
            }
            else if (upset is null && e.Sender == Senders.Customer && e.Analysis is not null && IsUpset(e, ruleset))
            {
                upset = e;
            }
        }

        if (firstReply is null || lastReply is null)
        {
            return;
        }

        if (ruleset.Phrases.Greeting.Count > 0 && !Has(firstReply, PhraseListNames.Greeting))
        {
            deductions.Add(new Deduction
            {
                RuleId = RuleIds.MissingGreeting,
                Dimension = Dimensions.Courtesy,
                Points = ScorecardPoints.MissingGreeting,
                MessageKey = "deduction.noGreeting",
                MessageId = firstReply.EventId,
            });
        }

        if (upset is not null && ruleset.Phrases.Apology.Count > 0 && !ApologisedAfter(events, upset))
        {
            deductions.Add(new Deduction
            {
                RuleId = RuleIds.MissingApology,
                Dimension = Dimensions.Courtesy,
                Points = ScorecardPoints.MissingApology,
                MessageKey = "deduction.noApology",
                Evidence = Excerpt(upset.Analysis!.MaskedText),
                MessageId = upset.EventId,
            });
        }

        if (closed && ruleset.Phrases.Closing.Count > 0 && !Has(lastReply, PhraseListNames.Closing))
        {
            deductions.Add(new Deduction
            {
                RuleId = RuleIds.MissingClosing,
                Dimension = Dimensions.Courtesy,
                Points = ScorecardPoints.MissingClosing,
                MessageKey = "deduction.noClosing",
                MessageId = lastReply.EventId,
            });
        }
    }

    private static bool IsAgentMessage(StoredEvent e) => e.Type == EventTypes.Message && e.Sender == Senders.Agent && e.Analysis is not null;

    private static bool ApologisedAfter(IReadOnlyList<StoredEvent> events, StoredEvent upset)
    {
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (IsAgentMessage(e) && StoredEvent.Compare(e, upset) > 0 && Has(e, PhraseListNames.Apology))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddResolutionDeductions(IReadOnlyList<StoredEvent> events, int? csat, bool closed, List<Deduction> deductions)
    {
        if (csat is <= 2)
        {
            deductions.Add(new Deduction
            {
                RuleId = RuleIds.LowCsat,
                Dimension = Dimensions.Resolution,
                Points = ScorecardPoints.CsatVeryLow,
                MessageKey = "deduction.csatLow",
                Args = Text.ArgsOf(("rating", csat)),
                Evidence = $"CSAT {csat}",
            });
        }
        else if (csat == 3)
        {
            deductions.Add(new Deduction
            {
                RuleId = RuleIds.LowCsat,
                Dimension = Dimensions.Resolution,
                Points = ScorecardPoints.CsatLow,
                MessageKey = "deduction.csatLow",
                Args = Text.ArgsOf(("rating", 3)),
                Evidence = "CSAT 3",
            });
        }

        var customerWrote = events.Any(e => e.Sender == Senders.Customer);
        var agentReplied = events.Any(e => e.Sender == Senders.Agent);
        if (closed && customerWrote && !agentReplied)
        {
            deductions.Add(new Deduction
            {
                RuleId = RuleIds.Unresolved,
                Dimension = Dimensions.Resolution,
                Points = ScorecardPoints.CloseWithoutReply,
                MessageKey = "deduction.noReply",
            });
        }
    }

    internal static bool IsUpset(StoredEvent e, Ruleset ruleset) =>
        e.Analysis is { } a
        && (a.Tags.Contains(PhraseListNames.ComplaintThreat)
            || a.Tags.Contains(PhraseListNames.Rude)
            || (a.Sentiment == "negative" && (a.SentimentConfidence ?? 0) >= 0.7)
            || (a.ComplaintRisk ?? 0) >= ruleset.ComplaintRiskThreshold);

    private static bool Has(StoredEvent e, string list) => e.Analysis!.Tags.Contains(list);

    internal static string Excerpt(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");
}

public sealed record MissingDisclosureFact(string Topic, string Name);
