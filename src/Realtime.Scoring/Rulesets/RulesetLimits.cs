namespace Realtime.Scoring.Rulesets;

/// <summary>The bounds <see cref="RulesetValidator"/> enforces.</summary>
public static class RulesetLimits
{
    public const int MaxSlaSeconds = 86_400;
    public const int MinRepeatCount = 2;
    public const int MaxRepeatCount = 100;
    public const int MinWindowHours = 1;
    public const int MaxWindowHours = 720;
    public const int MinAckTimeoutSeconds = 10;
    public const int MaxAckTimeoutSeconds = 86_400;
    public const int MaxPhraseLength = 100;
    public const int MaxPhrasesPerList = 5_000;
    public const int MaxPhrasesTotal = 20_000;
    public const double WeightSumTolerance = 0.001;
    public const int MaxStoreContacts = 50;

    public static readonly IReadOnlyList<string> Severities = ["info", "warning", "critical"];

    /// <summary>The topic labels of CONTRACT.md §6, which disclosures hang off.</summary>
    public static readonly IReadOnlyList<string> Topics =
    [
        "logistics", "product_quality", "size_fit", "refund_return", "payment_invoice", "promotion_price", "presales_product", "other",
    ];
}
