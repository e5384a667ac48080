namespace Realtime.Contracts.Events;

/// <summary>One ingested event as CONTRACT.md §1 describes it. Parsed leniently; validation names each bad field.</summary>
public sealed record ConversationEvent
{
    public string? EventId { get; init; }
    public string? Type { get; init; }
    public DateTimeOffset? OccurredAt { get; init; }
    public string? ConversationId { get; init; }
    public string? StoreId { get; init; }
    public string? TeamId { get; init; }
    public string? Platform { get; init; }
    public string? Channel { get; init; }
    public string? CustomerId { get; init; }
    public string? AgentId { get; init; }
    public string? Sender { get; init; }
    public string? Text { get; init; }
    public int? Rating { get; init; }
    public string? Status { get; init; }
    public string? Role { get; init; }

    /// <summary>Order events only: the platform's order id; every event of one order updates it.</summary>
    public string? OrderId { get; init; }

    /// <summary>Order events only: the order's total, a decimal ≥ 0 in <see cref="Currency"/>.</summary>
    public decimal? Amount { get; init; }

    /// <summary>Order events only: ISO 4217 code, e.g. <c>CNY</c>.</summary>
    public string? Currency { get; init; }
    public IReadOnlyList<Orders.OrderItem>? Items { get; init; }
}
