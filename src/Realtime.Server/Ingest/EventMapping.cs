using Realtime.Contracts.Events;
using Realtime.Grains.Ingest;

namespace Realtime.Server.Ingest;

/// <summary>Between the contract's event (JSON) and the grains' validated event.</summary>
public static class EventMapping
{
    public static IncomingEvent ToIncoming(ConversationEvent e, bool historical = false) => new()
    {
        EventId = e.EventId!,
        Type = e.Type!,
        OccurredAt = e.OccurredAt!.Value,
        ConversationId = e.ConversationId,
        StoreId = string.IsNullOrWhiteSpace(e.StoreId) ? Vocabulary.DefaultStoreId : e.StoreId,
        TeamId = e.TeamId,
        Platform = e.Platform,
        Channel = e.Channel,
        CustomerId = e.CustomerId,
        AgentId = e.AgentId,
        Sender = e.Sender,
        Text = e.Text,
        Rating = e.Rating,
        Status = e.Status,
        Role = e.Role,
        OrderId = e.OrderId,
        Amount = e.Amount,
        Currency = e.Currency,
        Items = e.Items,
        Historical = historical,
    };

    public static ConversationEvent ToContract(IncomingEvent e) => new()
    {
        EventId = e.EventId,
        Type = e.Type,
        OccurredAt = e.OccurredAt,
        ConversationId = e.ConversationId,
        StoreId = e.StoreId,
        TeamId = e.TeamId,
        Platform = e.Platform,
        Channel = e.Channel,
        CustomerId = e.CustomerId,
        AgentId = e.AgentId,
        Sender = e.Sender,
        Text = e.Text,
        Rating = e.Rating,
        Status = e.Status,
        Role = e.Role,
        OrderId = e.OrderId,
        Amount = e.Amount,
        Currency = e.Currency,
        Items = e.Items,
    };
}
