using System.Text.Json;
using Realtime.Contracts.Rulesets;

namespace Realtime.Scoring.Rulesets;

/// <summary>The built-in ruleset a store uses until it PUTs its own: zh + en lists for every message, ja/de/fr/es lists per language.</summary>
public static class DefaultRulesets
{
    public const string RefundReturnTopic = "refund_return";

    private static readonly string[] _refundReturnDisclosures = ["returnAddress", "shippingPayer", "inspectionPeriod"];

    private static readonly Lazy<IReadOnlyDictionary<string, PhraseLists>> _languagePhrases = new(BuildLanguagePhrases);

    /// <summary>The built-in ja, de, fr and es lists (docs/languages.md), each applied to messages in its language.</summary>
    public static IReadOnlyDictionary<string, PhraseLists> LanguagePhrases => _languagePhrases.Value;

    /// <summary>
    /// Contract defaults (SLA 30/60 s first response, 60/180 s next response; escalation after 300 s; weights and
    /// thresholds of CONTRACT.md §5; complaint risk 0.9 over a conversation) with the shipped phrase lists. Repeat contact
    /// is 3 in 24 h warning, 3 in 72 h info: critical is kept for what needs a person within minutes (docs/incidents.md,
    /// severity policy).
    /// </summary>
    public static Ruleset For(string storeId) => new()
    {
        StoreId = storeId,
        Version = 0,
        Sla = new SlaThresholds(),
        RepeatContact = [new RepeatContactRule(3, 24, "warning"), new RepeatContactRule(3, 72, "info")],
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
        LanguagePhrases = LanguagePhrases,
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

    private static IReadOnlyDictionary<string, PhraseLists> BuildLanguagePhrases() =>
        BuiltInPhrases.ScopedLanguages.ToDictionary(language => language, language => new PhraseLists
        {
            Greeting = BuiltInPhrases.List(language, PhraseListNames.Greeting),
            Closing = BuiltInPhrases.List(language, PhraseListNames.Closing),
            Apology = BuiltInPhrases.List(language, PhraseListNames.Apology),
            Banned = BuiltInPhrases.List(language, PhraseListNames.Banned),
            Rude = BuiltInPhrases.List(language, PhraseListNames.Rude),
            ComplaintThreat = BuiltInPhrases.List(language, PhraseListNames.ComplaintThreat),
            Dismissive = BuiltInPhrases.List(language, PhraseListNames.Dismissive),
            Exceptions = BuiltInPhrases.List(language, PhraseListNames.Exceptions),
            CustomerAbuse = BuiltInPhrases.List(language, PhraseListNames.CustomerAbuse),

            // Disclosure and scope lists ride as custom lists: a hit tags the message with the shared list's name.
            Extra = BuiltInPhrases.ListNames(language)
                .Where(name => name.StartsWith(DisclosureLists.Prefix, StringComparison.Ordinal)
                    || name.StartsWith(DisclosureLists.ScopePrefix, StringComparison.Ordinal))
                .ToDictionary(name => name, name => JsonSerializer.SerializeToElement(BuiltInPhrases.List(language, name))),
        });
}
