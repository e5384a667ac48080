using System.Globalization;
using Realtime.Contracts.Alerts;
using Realtime.Contracts.Events;
using Realtime.Contracts.Rulesets;
using Realtime.Contracts.Scoring;
using Realtime.Contracts.Texts;

namespace Realtime.Grains.Conversations;

/// <summary>
/// <c>complaint.risk</c> of a conversation. Critical only on explicit evidence: a customer message with a complaint
/// threat (投诉, 淘宝介入, chargeback…) or abuse (骗子, fucking…). The model alone gives a warning, judged over the
/// conversation: the mean of the customer's three riskiest messages (all of them, if fewer) must reach the ruleset's
/// threshold, so one short or ambiguous turn is not enough.
/// </summary>
public static class ComplaintRiskDetector
{
    public const string ExplicitKey = "complaint.risk";
    public const string ModelKey = "complaint.risk:model";

    /// <summary>The model risk of a conversation is the mean over the customer's this many riskiest messages.</summary>
    public const int RiskiestMessages = 3;

    public static ComplaintRisk? Find(IReadOnlyList<StoredEvent> events, Ruleset ruleset)
    {
        StoredEvent? riskiest = null;
        Span<double> top = stackalloc double[RiskiestMessages];
        var counted = 0;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Sender != Senders.Customer || e.Analysis is not { } a)
            {
                continue;
            }

            if (ExplicitHit(a) is { } hit)
            {
                return new ComplaintRisk(Severities.Critical, hit.List == PhraseListNames.CustomerAbuse ? RuleIds.CustomerAbuse : RuleIds.ComplaintThreat,
                    hit.Phrase, e, hit);
            }

            var risk = a.ComplaintRisk ?? 0;
            if (riskiest is null || risk > top[0])
            {
                riskiest = e;
            }

            counted = Insert(top, counted, risk);
        }

        var conversationRisk = counted == 0 ? 0 : Sum(top[..counted]) / counted;
        return riskiest is not null && conversationRisk >= ruleset.ComplaintRiskThreshold
            ? new ComplaintRisk(Severities.Warning, RuleIds.ComplaintModel, null, riskiest, null) { ConversationRisk = conversationRisk }
            : null;
    }

    public static AlertCondition? Condition(IReadOnlyList<StoredEvent> events, Ruleset ruleset) => Find(events, ruleset) switch
    {
        { Hit: { } hit } found => Explicit(found, hit),
        { } found => Model(found),
        null => null,
    };

    private static AlertCondition Explicit(ComplaintRisk found, PhraseHit hit)
    {
        var evidence = Text.Of("evidence.complaintPhrase", ("phrase", hit.Text), ("quote", Context(found.Message.Analysis!.MaskedText, hit.Start, hit.Length)));
        return new AlertCondition(ExplicitKey, AlertKinds.ComplaintRisk, Severities.Critical, found.RuleId,
            Text.Of(found.RuleId == RuleIds.CustomerAbuse ? "alert.customerAbuse" : "alert.complaintThreat", ("phrase", hit.Text)),
            evidence.Render(TextCatalog.English), null, found.Message.OccurredAt, Text.Of("hint.complaintRisk"))
        { EvidenceText = evidence };
    }

    private static AlertCondition Model(ComplaintRisk found)
    {
        var evidence = Text.Of(
            "evidence.complaintModel",
            ("risk", found.ConversationRisk.ToString("0.00", CultureInfo.InvariantCulture)),
            ("excerpt", ScorecardCalculator.Excerpt(found.Message.Analysis!.MaskedText)));
        return new AlertCondition(ModelKey, AlertKinds.ComplaintRisk, Severities.Warning, RuleIds.ComplaintModel,
            Text.Of("alert.complaintModel"), evidence.Render(TextCatalog.English), null, found.Message.OccurredAt, Text.Of("hint.complaintRisk"))
        { EvidenceText = evidence };
    }

    /// <summary>Keeps <paramref name="top"/> sorted high to low, holding the largest values seen; returns how many it holds.</summary>
    private static int Insert(Span<double> top, int count, double value)
    {
        var at = Math.Min(count, top.Length - 1);
        if (count == top.Length && value <= top[at])
        {
            return count;
        }

        while (at > 0 && top[at - 1] < value)
        {
            top[at] = top[at - 1];
            at--;
        }

        top[at] = value;
        return Math.Min(count + 1, top.Length);
    }

    private static double Sum(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum;
    }

    private static string Context(string text, int start, int length)
    {
        var from = Math.Max(0, start - 20);
        var to = Math.Min(text.Length, start + length + 20);
        return (from > 0 ? "…" : "") + text[from..to] + (to < text.Length ? "…" : "");
    }

    private static PhraseHit? ExplicitHit(MessageAnalysis a)
    {
        foreach (var hit in a.Hits)
        {
            if (hit.List is PhraseListNames.ComplaintThreat or PhraseListNames.CustomerAbuse)
            {
                return hit;
            }
        }

        return null;
    }
}

/// <summary>Why a conversation is a complaint risk: the severity, the rule, the phrase (explicit evidence) and the message.</summary>
public sealed record ComplaintRisk(string Severity, string RuleId, string? Phrase, StoredEvent Message, PhraseHit? Hit)
{
    public double ConversationRisk { get; init; }
}
