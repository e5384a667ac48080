using Realtime.Contracts.Rulesets;

namespace Realtime.Scoring.Rulesets;

/// <summary>The built-in zh + en ruleset a store uses until it PUTs its own.</summary>
public static class DefaultRulesets
{
    public const string RefundReturnTopic = "refund_return";

    private static readonly string[] _refundReturnDisclosures = ["returnAddress", "shippingPayer", "inspectionPeriod"];

    /// <summary>
    /// Contract defaults (SLA 30/60 s first response, 60/180 s next response; repeat contact 3 in 24 h critical, 3 in 72 h
    /// warning; escalation after 300 s; weights and thresholds of CONTRACT.md §5; complaint risk 0.9 over a conversation) with
    /// the shipped phrase lists.
    /// </summary>
    public static Ruleset For(string storeId) => new()
    {
        StoreId = storeId,
        Version = 0,
        Sla = new SlaThresholds(),
        RepeatContact = [new RepeatContactRule(3, 24, "critical"), new RepeatContactRule(3, 72, "warning")],
        Escalation = new EscalationPolicy { AckTimeoutSeconds = 300 },
        Phrases = new PhraseLists
        {
            Greeting = BuiltInPhrases.List(PhraseListNames.Greeting),
            Closing = BuiltInPhrases.List(PhraseListNames.Closing),
            Apology = BuiltInPhrases.List(PhraseListNames.Apology),
            Banned = BuiltInPhrases.List(PhraseListNames.Banned),
            Rude = BuiltInPhrases.List(PhraseListNames.Rude),
            ComplaintThreat = BuiltInPhrases.List(PhraseListNames.ComplaintThreat),
            Dismissive = BuiltInPhrases.List(PhraseListNames.Dismissive),
            Exceptions = BuiltInPhrases.List(PhraseListNames.Exceptions),
            CustomerAbuse = BuiltInPhrases.List(PhraseListNames.CustomerAbuse),
        },
        Disclosures =
        [
            new DisclosureRule(
                RefundReturnTopic,
                [.. _refundReturnDisclosures.Select(name =>
                    new RequiredDisclosure(name, BuiltInPhrases.List(DisclosureLists.Name(RefundReturnTopic, name))))])
            {
                AppliesWhen = BuiltInPhrases.List(DisclosureLists.AppliesWhen(RefundReturnTopic)),
                NotWhen = BuiltInPhrases.List(DisclosureLists.NotWhen(RefundReturnTopic)),
            },
        ],
        Weights = new RoleWeights(),
        QaLowScoreThreshold = 60,
        ComplaintRiskThreshold = 0.9,
    };
}
