using System.Text.Json;
using System.Text.Json.Serialization;

namespace Realtime.Contracts.Rulesets;

/// <summary>
/// How paid orders are credited to the agents who served the customer's inquiry (docs/conversion.md): a paid order is
/// credited to the last human agent of the customer's latest inquiry that started within
/// <see cref="AttributionHours"/> before the payment.
/// </summary>
public sealed record ConversionRules
{
    public int AttributionHours { get; init; } = 72;

    public InquiryRule Inquiry { get; init; } = new();

    /// <summary>
    /// The 询单转化率 (percent) a pre-sales agent's conversion dimension is measured against; null: the store's own
    /// rate over the same period.
    /// </summary>
    public double? TargetConversionPct { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

/// <summary>
/// Which conversations are inquiries (询单): those handled in one of <see cref="Roles"/>, or where the customer raised one
/// of <see cref="Topics"/> (model topic labels).
/// </summary>
public sealed record InquiryRule
{
    public IReadOnlyList<string> Roles { get; init; } = ["preSales"];
    public IReadOnlyList<string> Topics { get; init; } = ["presales_product", "promotion_price"];

    /// <summary>Whether a conversation handled in <paramref name="role"/> where the customer raised <paramref name="topics"/> is an inquiry.</summary>
    public bool Matches(string? role, IEnumerable<string> topics) =>
        (role is not null && Roles.Contains(role)) || topics.Any(t => Topics.Contains(t));
}
