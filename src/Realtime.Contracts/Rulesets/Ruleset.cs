using System.Text.Json;
using System.Text.Json.Serialization;

namespace Realtime.Contracts.Rulesets;

/// <summary>The QA ruleset of one store, CONTRACT.md §5. Unknown fields survive a GET/PUT round trip.</summary>
public sealed record Ruleset
{
    public string StoreId { get; init; } = "default";
    public int Version { get; init; }
    public SlaThresholds Sla { get; init; } = new();
    public IReadOnlyList<RepeatContactRule> RepeatContact { get; init; } = [];
    public EscalationPolicy Escalation { get; init; } = new();
    public PhraseLists Phrases { get; init; } = new();

    /// <summary>
    /// Phrase lists that apply only to messages in one language, keyed by ISO 639-1 code (<c>ja</c>, <c>de</c>, <c>fr</c>,
    /// <c>es</c>); <see cref="Phrases"/> applies to every message. Custom lists inside (<c>disclosure.{topic}.{name}</c>,
    /// <c>scope.{topic}.appliesWhen</c>) tag messages as their shared namesakes do. Null (a ruleset saved before these
    /// existed): the built-in lists of docs/languages.md.
    /// </summary>
    public IReadOnlyDictionary<string, PhraseLists>? LanguagePhrases { get; init; }

    /// <summary>
    /// The languages the store serves (ISO 639-1). Their <see cref="LanguagePhrases"/> also apply to a message whose
    /// language cannot be told (too short) and, for <c>ja</c>, to kanji-only text that reads as Chinese.
    /// </summary>
    public IReadOnlyList<string> Languages { get; init; } = [];
    public IReadOnlyList<DisclosureRule> Disclosures { get; init; } = [];
    public RoleWeights Weights { get; init; } = new();
    public double QaLowScoreThreshold { get; init; } = 60;

    /// <summary>Critical items (ids of <c>RuleIds.AutoFailItems</c>): one found caps the total below the low-score threshold.</summary>
    public IReadOnlyList<string> AutoFail { get; init; } = Scoring.RuleIds.AutoFailItems;

    /// <summary>Null: clocks run around the clock.</summary>
    public BusinessHours? BusinessHours { get; init; }

    /// <summary>A customer message whose model complaint risk reaches this raises <c>complaint.risk</c>.</summary>
    public double ComplaintRiskThreshold { get; init; } = 0.8;

    /// <summary>The store's own return addresses, phones and e-mails: an agent sending them is not a personal-data leak.</summary>
    public StoreContacts? StoreContacts { get; init; }

    /// <summary>Order attribution and which conversations are inquiries (询单).</summary>
    public ConversionRules Conversion { get; init; } = new();

    /// <summary>The store's IANA time zone: the day boundary of platform response rates (docs/platform-metrics.md).</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>The platforms' response-rate rules, live per store; the presets until the store edits them.</summary>
    public IReadOnlyList<PlatformMetricRule> PlatformMetrics { get; init; } = PlatformMetricPresets.All;

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

public sealed record SlaThresholds
{
    public int FirstResponseWarnSeconds { get; init; } = 30;
    public int FirstResponseBreachSeconds { get; init; } = 60;
    public int NextResponseWarnSeconds { get; init; } = 60;
    public int NextResponseBreachSeconds { get; init; } = 180;

    /// <summary>When true a bot reply stops the clock as a human reply does.</summary>
    public bool BotRepliesCount { get; init; }

    /// <summary>Optional resolution clock (start → closed); null means measured but never judged.</summary>
    public int? ResolutionWarnSeconds { get; init; }
    public int? ResolutionBreachSeconds { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

public sealed record RepeatContactRule(int Count, int WindowHours, string Severity);

public sealed record EscalationPolicy
{
    public int AckTimeoutSeconds { get; init; } = 300;

    /// <summary>Seconds after the first escalation that a still unacknowledged incident goes to level 2; null: no level 2.</summary>
    public int? SecondLevelSeconds { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

public sealed record PhraseLists
{
    public IReadOnlyList<string> Greeting { get; init; } = [];
    public IReadOnlyList<string> Closing { get; init; } = [];
    public IReadOnlyList<string> Apology { get; init; } = [];
    public IReadOnlyList<string> Banned { get; init; } = [];
    public IReadOnlyList<string> Rude { get; init; } = [];
    public IReadOnlyList<string> ComplaintThreat { get; init; } = [];

    /// <summary>Buck-passing or brush-off replies of an agent (courtesy deduction).</summary>
    public IReadOnlyList<string> Dismissive { get; init; } = [];

    /// <summary>Context rules: a banned, rude or dismissive hit lying inside one of these phrases is not a hit.</summary>
    public IReadOnlyList<string> Exceptions { get; init; } = [];

    /// <summary>Insults and profanity from a customer: like a threat, explicit evidence of a complaint.</summary>
    public IReadOnlyList<string> CustomerAbuse { get; init; } = [];

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

public sealed record StoreContacts
{
    public IReadOnlyList<string> ReturnAddresses { get; init; } = [];
    public IReadOnlyList<string> Phones { get; init; } = [];
    public IReadOnlyList<string> Emails { get; init; } = [];
}

public sealed record DisclosureRule(string Topic, IReadOnlyList<RequiredDisclosure> Required)
{
    /// <summary>
    /// The disclosures apply only when an agent's message holds one of these phrases (the agent handles a goods-back
    /// return: 寄回, "send it back"); empty or absent: the topic alone is enough.
    /// </summary>
    public IReadOnlyList<string>? AppliesWhen { get; init; }

    /// <summary>…and never when a message holds one of these (a cancellation, price protection, a repair, a pickup).</summary>
    public IReadOnlyList<string>? NotWhen { get; init; }
}

public sealed record RequiredDisclosure(string Name, IReadOnlyList<string> AnyOf);

public sealed record RoleWeights
{
    public DimensionWeights PreSales { get; init; } = new(0.3, 0.2, 0.2, 0.1, 0.2);
    public DimensionWeights AfterSales { get; init; } = new(0.3, 0.3, 0.2, 0.2, 0.0);
}

public sealed record DimensionWeights(double Responsiveness, double Resolution, double Compliance, double Courtesy, double Conversion);
