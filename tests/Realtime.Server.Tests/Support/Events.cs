namespace Realtime.Server.Tests.Support;

/// <summary>Builders for CONTRACT §1 events, as anonymous objects serialised by the test client.</summary>
public static class Events
{
    /// <summary>Now, to the second: open waits are measured against the wall clock.</summary>
    public static DateTimeOffset Now => DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());

    public static Dictionary<string, object?> Started(string conversationId, string customerId, DateTimeOffset at, string storeId = "store-t", string? teamId = "team-a") =>
        With(Base($"{conversationId}-start", "conversation.started", conversationId, at, storeId, teamId),
            ("platform", "tmall"), ("channel", "chat"), ("customerId", customerId));

    public static Dictionary<string, object?> Assigned(string conversationId, string agentId, DateTimeOffset at, string storeId = "store-t", string? teamId = "team-a", string suffix = "") =>
        With(Base($"{conversationId}-assign-{agentId}{suffix}", "agent.assigned", conversationId, at, storeId, teamId),
            ("agentId", agentId), ("role", "afterSales"));

    public static Dictionary<string, object?> Customer(string conversationId, string customerId, string eventId, string text, DateTimeOffset at, string storeId = "store-t", string? teamId = "team-a") =>
        With(Base(eventId, "message", conversationId, at, storeId, teamId), ("customerId", customerId), ("sender", "customer"), ("text", text));

    public static Dictionary<string, object?> Agent(string conversationId, string agentId, string eventId, string text, DateTimeOffset at, string storeId = "store-t", string? teamId = "team-a") =>
        With(Base(eventId, "message", conversationId, at, storeId, teamId), ("agentId", agentId), ("sender", "agent"), ("text", text));

    public static Dictionary<string, object?> Closed(string conversationId, DateTimeOffset at, string storeId = "store-t", string? teamId = "team-a") =>
        Base($"{conversationId}-closed", "conversation.closed", conversationId, at, storeId, teamId);

    private static Dictionary<string, object?> Base(string eventId, string type, string conversationId, DateTimeOffset at, string storeId, string? teamId) => new()
    {
        ["eventId"] = eventId,
        ["type"] = type,
        ["occurredAt"] = at.ToString("O"),
        ["conversationId"] = conversationId,
        ["storeId"] = storeId,
        ["teamId"] = teamId,
    };

    private static Dictionary<string, object?> With(Dictionary<string, object?> e, params (string Key, object? Value)[] fields)
    {
        foreach (var (key, value) in fields)
        {
            e[key] = value;
        }

        return e;
    }
}
