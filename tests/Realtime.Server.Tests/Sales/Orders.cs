namespace Realtime.Server.Tests.Sales;

/// <summary>Builders for order events and pre-sales conversations, as the test client serialises them.</summary>
public static class Orders
{
    public static Dictionary<string, object?> Order(
        string eventId, string orderId, string customerId, string status, decimal? amount, DateTimeOffset at, string storeId, string currency = "CNY") => new()
    {
        ["eventId"] = eventId,
        ["type"] = "order",
        ["occurredAt"] = at.ToString("O"),
        ["orderId"] = orderId,
        ["customerId"] = customerId,
        ["storeId"] = storeId,
        ["platform"] = "tmall",
        ["status"] = status,
        ["amount"] = amount,
        ["currency"] = amount is null ? null : currency,
    };

    /// <summary>A closed conversation: started, assigned to each agent in turn (transfers), a question and a reply.</summary>
    public static List<object> Inquiry(
        string conversationId, string customerId, DateTimeOffset at, string storeId, string teamId, string role, string text, params string[] agents)
    {
        var events = new List<object>
        {
            Base($"{conversationId}-start", "conversation.started", conversationId, at, storeId, teamId, ("customerId", customerId), ("platform", "tmall")),
            Base($"{conversationId}-q", "message", conversationId, at.AddSeconds(1), storeId, teamId, ("customerId", customerId), ("sender", "customer"), ("text", text)),
        };
        for (var i = 0; i < agents.Length; i++)
        {
            events.Add(Base($"{conversationId}-assign-{i}", "agent.assigned", conversationId, at.AddSeconds(2 + (10 * i)), storeId, teamId, ("agentId", agents[i]), ("role", role)));
            events.Add(Base($"{conversationId}-a-{i}", "message", conversationId, at.AddSeconds(5 + (10 * i)), storeId, teamId, ("agentId", agents[i]), ("sender", "agent"), ("text", "您好,这款有货的")));
        }

        events.Add(Base($"{conversationId}-closed", "conversation.closed", conversationId, at.AddMinutes(5), storeId, teamId));
        return events;
    }

    private static Dictionary<string, object?> Base(
        string eventId, string type, string conversationId, DateTimeOffset at, string storeId, string teamId, params (string Key, object? Value)[] fields)
    {
        var e = new Dictionary<string, object?>
        {
            ["eventId"] = eventId,
            ["type"] = type,
            ["occurredAt"] = at.ToString("O"),
            ["conversationId"] = conversationId,
            ["storeId"] = storeId,
            ["teamId"] = teamId,
        };
        foreach (var (key, value) in fields)
        {
            e[key] = value;
        }

        return e;
    }
}
