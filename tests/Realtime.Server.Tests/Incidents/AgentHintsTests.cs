using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Incidents;

/// <summary>An agent's hints persist: the desk reloads the open ones, and they retire when they stop applying.</summary>
public sealed class AgentHintsTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    [Fact]
    public async Task Open_hints_survive_a_reload_and_vanish_when_the_conversation_closes()
    {
        using var ingest = app.CreateIngestClient();
        using var agent = await app.CreateUserClientAsync("agent");
        var now = Events.Now;
        (await ingest.PostAsJsonAsync("/api/events", new object[]
        {
            Events.Started("c-hints", "u-hints", now, storeId: "store-hints"),
            Events.Assigned("c-hints", "a-01", now, storeId: "store-hints"),
            Events.Customer("c-hints", "u-hints", "c-hints-1", "再不给我退款我就投诉到12315", now.AddSeconds(1), storeId: "store-hints"),
            Events.Agent("c-hints", "a-01", "c-hints-2", "您好,我们是全网最低价", now.AddSeconds(5), storeId: "store-hints"),
        })).EnsureSuccessStatusCode();

        // A reload: a fresh read of the open hints, nothing kept in the page.
        var open = JsonDocument.Parse(await agent.GetStringAsync("/api/agents/a-01/hints?open=true")).RootElement.EnumerateArray()
            .Where(h => h.GetProperty("conversationId").GetString() == "c-hints").ToList();
        Assert.Contains(open, h => h.GetProperty("kind").GetString() == "complaint.risk");
        Assert.Contains(open, h => h.GetProperty("kind").GetString() == "banned.term");
        Assert.All(open, h =>
        {
            Assert.StartsWith("c-hints:", h.GetProperty("hintId").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(h.GetProperty("ruleId").GetString()));
            Assert.True(h.TryGetProperty("raisedAt", out _));
            Assert.True(!h.TryGetProperty("retiredAt", out var retired) || retired.ValueKind == JsonValueKind.Null);
        });

        await using var hub = await app.ConnectHubAsync("/hubs/agent", "agent");
        var pushes = new ConcurrentQueue<JsonElement>();
        hub.On<JsonElement>("hint", pushes.Enqueue);
        (await ingest.PostAsJsonAsync("/api/events", Events.Closed("c-hints", now.AddSeconds(30), storeId: "store-hints"))).EnsureSuccessStatusCode();

        var after = JsonDocument.Parse(await agent.GetStringAsync("/api/agents/a-01/hints?open=true")).RootElement.EnumerateArray();
        Assert.DoesNotContain(after, h => h.GetProperty("conversationId").GetString() == "c-hints");
        var all = JsonDocument.Parse(await agent.GetStringAsync("/api/agents/a-01/hints")).RootElement.EnumerateArray()
            .Where(h => h.GetProperty("conversationId").GetString() == "c-hints").ToList();
        Assert.Equal(open.Count, all.Count);
        Assert.All(all, h => Assert.NotEqual(JsonValueKind.Null, h.GetProperty("retiredAt").ValueKind));
        await FakeClockAppFactory.EventuallyAsync(() => Task.FromResult(pushes.Count(p => p.GetProperty("conversationId").GetString() == "c-hints") == open.Count), "the retired hints' pushes");
        Assert.All(pushes, p => Assert.NotEqual(JsonValueKind.Null, p.GetProperty("retiredAt").ValueKind));
    }

    [Fact]
    public async Task An_agent_reads_only_its_own_hints()
    {
        using var agent = await app.CreateUserClientAsync("agent");
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/agents/a-02/hints?open=true")).StatusCode);
    }
}
