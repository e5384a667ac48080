namespace Realtime.Cluster.Tests.Support;

/// <summary>CONTRACT §1 events for the cluster tests.</summary>
public static class ClusterEvents
{
    public static Dictionary<string, object?> Message(string conversationId, string eventId, string sender, string text, DateTimeOffset at) => new()
    {
        ["eventId"] = eventId,
        ["type"] = "message",
        ["occurredAt"] = at.ToString("O"),
        ["conversationId"] = conversationId,
        ["storeId"] = "store-cluster",
        ["teamId"] = "team-a",
        ["customerId"] = $"{conversationId}-cust",
        ["agentId"] = sender == "agent" ? "a-cluster" : null,
        ["sender"] = sender,
        ["text"] = text,
    };
}
