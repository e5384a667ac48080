using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Realtime.Grains.Agents;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Agents;

/// <summary>The embedded silo hands agents their conversation records through its feed, not by an awaited call.</summary>
public sealed class AgentFeedDeliveryTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    [Fact]
    public async Task An_agent_gets_its_records_without_anyone_reading_it()
    {
        var feed = app.Services.GetRequiredService<AgentFeed>();
        using var ingest = app.CreateIngestClient();
        using var lead = await app.CreateUserClientAsync("lead");
        var now = Events.Now;

        await ingest.PostAsJsonAsync("/api/events", new object[]
        {
            Events.Started("c-feed", "u-feed", now, storeId: "store-feed"),
            Events.Assigned("c-feed", "a-feed", now, storeId: "store-feed"),
            Events.Customer("c-feed", "u-feed", "c-feed-1", "你好", now.AddSeconds(1), storeId: "store-feed"),
        });
        var delivered = false;
        for (var i = 0; i < 50 && !delivered; i++)
        {
            delivered = !feed.Waiting().Contains("a-feed");
            await Task.Delay(50);
        }

        var agent = JsonDocument.Parse(await lead.GetStringAsync("/api/agents/a-feed")).RootElement;
        Assert.True(feed.Deferred);
        Assert.True(delivered, "the flusher delivered the record within 2.5 s");
        Assert.Equal(["c-feed"], agent.GetProperty("openConversations").EnumerateArray().Select(e => e.GetString()));
    }
}
