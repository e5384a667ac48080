using Realtime.Contracts.Events;
using Realtime.Grains.Ingest;

namespace Realtime.Server.Ingest;

/// <summary>The values read from one event's JSON, before they are known valid. Reused for every event of a batch.</summary>
public sealed class EventValues
{
    public string? EventId { get; set; }
    public string? Type { get; set; }
    public DateTimeOffset? OccurredAt { get; set; }
    public string? ConversationId { get; set; }
    public string? StoreId { get; set; }
    public string? TeamId { get; set; }
    public string? Platform { get; set; }
    public string? Channel { get; set; }
    public string? CustomerId { get; set; }
    public string? AgentId { get; set; }
    public string? Sender { get; set; }
    public string? Text { get; set; }
    public int? Rating { get; set; }
    public string? Status { get; set; }
    public string? Role { get; set; }
    public string? OrderId { get; set; }
    public decimal? Amount { get; set; }
    public string? Currency { get; set; }
    public IReadOnlyList<Contracts.Orders.OrderItem>? Items { get; set; }

    public ConversationEvent ToContract() => new()
    {
        EventId = EventId,
        Type = Type,
        OccurredAt = OccurredAt,
        ConversationId = ConversationId,
        StoreId = StoreId,
        TeamId = TeamId,
        Platform = Platform,
        Channel = Channel,
        CustomerId = CustomerId,
        AgentId = AgentId,
        Sender = Sender,
        Text = Text,
        Rating = Rating,
        Status = Status,
        Role = Role,
        OrderId = OrderId,
        Amount = Amount,
        Currency = Currency,
        Items = Items,
    };

    /// <summary>The grains' event; only for values that passed validation.</summary>
    public IncomingEvent ToIncoming(bool historical) => new()
    {
        EventId = EventId!,
        Type = Type!,
        OccurredAt = OccurredAt!.Value,
        ConversationId = ConversationId,
        StoreId = string.IsNullOrWhiteSpace(StoreId) ? Vocabulary.DefaultStoreId : StoreId,
        TeamId = TeamId,
        Platform = Platform,
        Channel = Channel,
        CustomerId = CustomerId,
        AgentId = AgentId,
        Sender = Sender,
        Text = Text,
        Rating = Rating,
        Status = Status,
        Role = Role,
        OrderId = OrderId,
        Amount = Amount,
        Currency = Currency,
        Items = Items,
        Historical = historical,
    };
}
