using System.Net.Http.Json;
using System.Text.Json;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Agents;

public sealed class AgentStateTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    private static Dictionary<string, object?> Status(string agentId, string status, DateTimeOffset at, string id) => new()
    {
        ["eventId"] = id,
        ["type"] = "agent.status",
        ["occurredAt"] = at.ToString("O"),
        ["agentId"] = agentId,
        ["storeId"] = "store-ag",
        ["teamId"] = "team-a",
        ["status"] = status,
    };

    [Fact]
    public async Task Status_events_out_of_order_give_the_latest_status_and_a_timeline()
    {
        using var ingest = app.CreateIngestClient();
        using var lead = await app.CreateUserClientAsync("lead");
        var now = Events.Now;
        await ingest.PostAsJsonAsync("/api/events", Status("a-77", "away", now.AddMinutes(-10), "st-3"));
        await ingest.PostAsJsonAsync("/api/events", Status("a-77", "online", now.AddMinutes(-30), "st-1"));
        await ingest.PostAsJsonAsync("/api/events", new object[] { Status("a-77", "busy", now.AddMinutes(-20), "st-2"), Status("a-77", "busy", now.AddMinutes(-20), "st-2") });

        var agent = JsonDocument.Parse(await lead.GetStringAsync("/api/agents/a-77")).RootElement;

        Assert.Equal("away", agent.GetProperty("status").GetString());
        Assert.Equal(["online", "busy", "away"], agent.GetProperty("statusTimeline").EnumerateArray().Select(s => s.GetProperty("status").GetString()));
        // Online from 30 to 20 minutes ago, counted today only from midnight (UTC) on.
        var midnight = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var onlineToday = Math.Max(0, (now.AddMinutes(-20) - (now.AddMinutes(-30) > midnight ? now.AddMinutes(-30) : midnight)).TotalSeconds);
        var seconds = agent.GetProperty("today").GetProperty("secondsByStatus");
        Assert.Equal(onlineToday, seconds.TryGetProperty("online", out var online) ? online.GetDouble() : 0, 0);
    }

    [Fact]
    public async Task Assigned_conversation_counts_in_load_and_moves_on_transfer()
    {
        using var ingest = app.CreateIngestClient();
        using var lead = await app.CreateUserClientAsync("lead");
        var now = Events.Now;
        await ingest.PostAsJsonAsync("/api/events", new object[]
        {
            Events.Started("c-transfer", "u-80", now, storeId: "store-ag"),
            Events.Assigned("c-transfer", "a-81", now, storeId: "store-ag"),
            Events.Customer("c-transfer", "u-80", "c-transfer-1", "你好", now.AddSeconds(1), storeId: "store-ag"),
            Events.Agent("c-transfer", "a-81", "c-transfer-2", "您好,在的", now.AddSeconds(5), storeId: "store-ag"),
        });
        Assert.Contains("c-transfer", Open(await lead.GetStringAsync("/api/agents/a-81")));

        await ingest.PostAsJsonAsync("/api/events", Events.Assigned("c-transfer", "a-82", now.AddSeconds(10), storeId: "store-ag"));

        Assert.DoesNotContain("c-transfer", Open(await lead.GetStringAsync("/api/agents/a-81")));
        Assert.Contains("c-transfer", Open(await lead.GetStringAsync("/api/agents/a-82")));
    }

    private static List<string?> Open(string agentJson) =>
        JsonDocument.Parse(agentJson).RootElement.GetProperty("openConversations").EnumerateArray().Select(e => e.GetString()).ToList();
}
