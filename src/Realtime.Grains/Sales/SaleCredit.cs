namespace Realtime.Grains.Sales;

/// <summary>
/// One order credited to the agent who served the inquiry before it. The customer's sales record replaces a credit
/// whenever its order or inquiries change, and moves it when another inquiry takes it.
/// </summary>
[GenerateSerializer, Immutable, Alias("sale-credit")]
public sealed record SaleCredit
{
    [Id(0)] public required string OrderId { get; init; }
    [Id(1)] public required string CustomerId { get; init; }
    [Id(2)] public required string ConversationId { get; init; }
    [Id(3)] public required string AgentId { get; init; }
    [Id(4)] public string StoreId { get; init; } = "default";
    [Id(5)] public string? TeamId { get; init; }
    [Id(6)] public string? Platform { get; init; }
    [Id(7)] public decimal Amount { get; init; }
    [Id(8)] public string? Currency { get; init; }
    [Id(9)] public DateTimeOffset InquiryAt { get; init; }
    [Id(10)] public DateTimeOffset PlacedAt { get; init; }
    [Id(11)] public DateTimeOffset? PaidAt { get; init; }
    [Id(12)] public DateTimeOffset? RefundedAt { get; init; }
    [Id(13)] public required string Status { get; init; }

    /// <summary>Paid and not taken back: counts as a sale.</summary>
    public bool IsSale => PaidAt is not null && RefundedAt is null;
}
