using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Core.Internal;
using Realtime.Grains.Agents;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Agents;

/// <summary>An agent's conversation records are saved by day and loaded when needed: after the agent grain is read back from storage, reports and load see them all.</summary>
public sealed class AgentRecordPagingTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    [Fact]
    public async Task Records_of_several_months_survive_the_agent_being_deactivated()
    {
        using var ingest = app.CreateIngestClient();
        using var lead = await app.CreateUserClientAsync("lead");
        var now = Events.Now;
        var starts = new[] { now.AddDays(-70), now.AddDays(-40), now };
        var events = starts.SelectMany((at, i) => new object[]
        {
            Events.Started($"c-months-{i}", "u-months", at, storeId: "store-months"),
            Events.Assigned($"c-months-{i}", "a-months", at, storeId: "store-months"),
            Events.Customer($"c-months-{i}", "u-months", $"c-months-{i}-1", "你好", at.AddSeconds(1), storeId: "store-months"),
            Events.Agent($"c-months-{i}", "a-months", $"c-months-{i}-2", "您好,在的", at.AddSeconds(5), storeId: "store-months"),
        }).Concat(starts.Take(2).Select((at, i) => (object)Events.Closed($"c-months-{i}", at.AddMinutes(3), storeId: "store-months"))).ToArray();
        (await ingest.PostAsJsonAsync("/api/events", events)).EnsureSuccessStatusCode();

        var agent = app.Services.GetRequiredService<IGrainFactory>().GetGrain<IAgentGrain>("a-months");

        // Collections Orleans has codecs for: the compiler's type behind a collection expression has none, and
        // serialising it resolved a codec by reflection on every write (twice the time per page).
        var live = await agent.GetRecordsAsync(AgentRecordBookDate(now.AddDays(-80)), AgentRecordBookDate(now));
        Assert.All(live, r => Assert.IsType<List<string>>(r.Topics));
        await agent.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        await Task.Delay(500);

        var records = await agent.GetRecordsAsync(AgentRecordBookDate(now.AddDays(-80)), AgentRecordBookDate(now));
        Assert.Equal(["c-months-0", "c-months-1", "c-months-2"], records.Select(r => r.ConversationId).Order());
        var view = JsonDocument.Parse(await lead.GetStringAsync("/api/agents/a-months")).RootElement;
        Assert.Equal(["c-months-2"], view.GetProperty("openConversations").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(1, view.GetProperty("today").GetProperty("conversations").GetInt32());
    }

    [Fact]
    public async Task A_late_event_that_moves_an_old_conversation_to_the_day_before_leaves_one_record()
    {
        using var ingest = app.CreateIngestClient();
        var start = Events.Now.AddDays(-10);
        (await ingest.PostAsJsonAsync("/api/events", new object[]
        {
            Events.Started("c-moved", "u-moved", start, storeId: "store-moved"),
            Events.Assigned("c-moved", "a-moved", start, storeId: "store-moved"),
            Events.Agent("c-moved", "a-moved", "c-moved-2", "您好,在的", start.AddSeconds(5), storeId: "store-moved"),
        })).EnsureSuccessStatusCode();
        var agent = app.Services.GetRequiredService<IGrainFactory>().GetGrain<IAgentGrain>("a-moved");
        await agent.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        await Task.Delay(500);

        // Reactivated, the agent holds only recent days; the record to replace is on a day it has not loaded.
        (await ingest.PostAsJsonAsync("/api/events", new object[]
        {
            Events.Customer("c-moved", "u-moved", "c-moved-0", "在吗", start.AddDays(-1), storeId: "store-moved"),
        })).EnsureSuccessStatusCode();
        await agent.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        await Task.Delay(500);

        var records = await agent.GetRecordsAsync(AgentRecordBookDate(start.AddDays(-3)), AgentRecordBookDate(start.AddDays(3)));
        var record = Assert.Single(records);
        Assert.Equal(AgentRecordBookDate(start.AddDays(-1)), record.Date);
    }

    private static string AgentRecordBookDate(DateTimeOffset at) => AgentFigures.DateOf(at);
}
