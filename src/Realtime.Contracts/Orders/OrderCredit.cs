namespace Realtime.Contracts.Orders;

/// <summary>An order credited to a conversation's agent (docs/conversion.md), as the conversation view shows it.</summary>
public sealed record OrderCredit
{
    public required string OrderId { get; init; }

    /// <summary>The last human agent of the conversation: who the sale is credited to.</summary>
    public required string AgentId { get; init; }
    public decimal Amount { get; init; }
    public string? Currency { get; init; }

    /// <summary>The status of the order's latest event.</summary>
    public required string Status { get; init; }
    public DateTimeOffset PlacedAt { get; init; }
    public DateTimeOffset? PaidAt { get; init; }
    public DateTimeOffset? RefundedAt { get; init; }

    /// <summary>Paid and not refunded: counts towards sales.</summary>
    public bool Counts { get; init; }
}
