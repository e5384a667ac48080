namespace Realtime.Server.Tests.Support;

/// <summary>Builders for CONTRACT §1 events, as anonymous objects serialised by the test client.</summary>
public static class Events
{
    /// <summary>Now, to the second: open waits are measured against the wall clock.</summary>
    public static DateTimeOffset Now => DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());

    public static Dictionary<string, object?> Started(string conversationId, string customerId, DateTimeOffset at, string storeId = "store-t", string? teamId = "team-a") => new()
    {
        ["eventId"] = $"{conversationId}-start",
        ["type"] = "conversation.started",
        ["occurredAt"] = at.ToString("O"),
        ["conversationId"] = conversationId,
        ["storeId"] = storeId,
        ["teamId"] = teamId,
        ["platform"] = "tmall",
        ["channel"] = "chat",
        ["customerId"] = customerId,
    };

    public static Dictionary<string, object?> Assigned(string conversationId, string agentId, DateTimeOffset at, string storeId = "store-t", string? teamId = "team-a", string suffix = "") => new()
    {
        ["eventId"] = $"{conversationId}-assign-{agentId}{suffix}",
        ["type"] = "agent.assigned",
        ["occurredAt"] = at.ToString("O"),
        ["conversationId"] = conversationId,
        ["storeId"] = storeId,
        ["teamId"] = teamId,
        ["agentId"] = agentId,
        ["role"] = "afterSales",
    };

    public static Dictionary<string, object?> Customer(string conversationId, string customerId, string eventId, string text, DateTimeOffset at, string storeId = "store-t", string? teamId = "team-a") => new()
    {
        ["eventId"] = eventId,
        ["type"] = "message",
        ["occurredAt"] = at.ToString("O"),
        ["conversationId"] = conversationId,
        ["storeId"] = storeId,
        ["teamId"] = teamId,
        ["customerId"] = customerId,
        ["sender"] = "customer",
        ["text"] = text,
    };

    public static Dictionary<string, object?> Agent(string conversationId, string agentId, string eventId, string text, DateTimeOffset at, string storeId = "store-t", string? teamId = "team-a") => new()
    {
        ["eventId"] = eventId,
        ["type"] = "message",
        ["occurredAt"] = at.ToString("O"),
        ["conversationId"] = conversationId,
        ["storeId"] = storeId,
        ["teamId"] = teamId,
        ["agentId"] = agentId,
        ["sender"] = "agent",
        ["text"] = text,
    };

    public static Dictionary<string, object?> Closed(string conversationId, DateTimeOffset at, string storeId = "store-t", string? teamId = "team-a") => new()
    {
        ["eventId"] = $"{conversationId}-closed",
        ["type"] = "conversation.closed",
        ["occurredAt"] = at.ToString("O"),
        ["conversationId"] = conversationId,
        ["storeId"] = storeId,
        ["teamId"] = teamId,
    };
}
