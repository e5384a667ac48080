using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Core.Internal;
using Orleans.Storage;
using Realtime.Grains;
using Realtime.Grains.Agents;
using Realtime.Grains.Paging;
using Realtime.Grains.Conversations;
using Realtime.Grains.Persistence;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Hosting;

/// <summary>
/// The embedded store lives in the server's process, so a conversation writes its state when it deactivates (closed
/// or idle), not on every batch; what the API shows is the same either way, and a deactivated conversation reads back whole.
/// </summary>
public sealed class EmbeddedStateWritesTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    [Fact]
    public void The_embedded_server_writes_states_for_the_process_lifetime()
    {
        Assert.False(app.Services.GetRequiredService<StateWritePolicy>().WriteEveryChange);
    }

    [Fact]
    public async Task An_open_conversation_is_written_when_it_deactivates_and_reads_back_whole()
    {
        using var ingest = app.CreateIngestClient();
        using var lead = await app.CreateUserClientAsync("lead");
        var at = Events.Now;
        await PostAsync(
            ingest,
            Events.Started("c-defer", "u-defer", at),
            Events.Assigned("c-defer", "a-defer", at),
            Events.Customer("c-defer", "u-defer", "c-defer-1", "你好,快递到哪了", at.AddSeconds(1)));
        await PostAsync(
            ingest,
            Events.Agent("c-defer", "a-defer", "c-defer-2", "您好,我帮您查一下", at.AddSeconds(4)));
        var grain = app.Services.GetRequiredService<IGrainFactory>().GetGrain<IConversationGrain>("c-defer");

        Assert.Null(await StoredAsync(grain));

        await grain.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var stored = await EventuallyStoredAsync(grain, s => s.Events.Count == 4);
        Assert.False(stored.ClosedReported);
        var view = JsonDocument.Parse(await lead.GetStringAsync("/api/conversations/c-defer")).RootElement;
        Assert.Equal(2, view.GetProperty("messages").GetArrayLength());
    }

    [Fact]
    public async Task A_closing_conversation_is_written_as_it_goes()
    {
        using var ingest = app.CreateIngestClient();
        var at = Events.Now;
        await PostAsync(
            ingest,
            Events.Started("c-defer-close", "u-defer-close", at),
            Events.Assigned("c-defer-close", "a-defer", at),
            Events.Customer("c-defer-close", "u-defer-close", "c-defer-close-1", "谢谢", at.AddSeconds(1)),
            Events.Closed("c-defer-close", at.AddSeconds(9)));
        var grain = app.Services.GetRequiredService<IGrainFactory>().GetGrain<IConversationGrain>("c-defer-close");

        var stored = await EventuallyStoredAsync(grain, s => s.ClosedReported);
        Assert.Equal(4, stored.Events.Count);
    }

    [Fact]
    public async Task Events_arriving_just_after_the_close_find_the_conversation_still_active()
    {
        using var ingest = app.CreateIngestClient();
        var at = Events.Now;
        var grain = await PostClosedAsync(ingest, "linger", at);

        // The batch sent before the close, arriving after it (concurrent posts): the activation is still there, so
        // nothing was written yet and nothing is read back.
        await PostAsync(ingest, Events.Customer("c-linger", "u-linger", "c-linger-1", "好的谢谢", at.AddSeconds(3)));
        Assert.Null(await StoredAsync(grain));

        var stored = await EventuallyStoredAsync(grain, s => s.ClosedReported);
        Assert.Equal(4, stored.Events.Count);
    }

    [Fact]
    public async Task A_closed_conversation_brought_back_by_a_later_event_leaves_memory_again()
    {
        using var ingest = app.CreateIngestClient();
        var at = Events.Now;
        var grain = await PostClosedAsync(ingest, "back", at);
        await EventuallyStoredAsync(grain, s => s.ClosedReported);

        await PostAsync(ingest, Events.Customer("c-back", "u-back", "c-back-1", "好的谢谢", at.AddSeconds(3)));

        // Written again means deactivated again, not kept until the idle collector's age.
        var stored = await EventuallyStoredAsync(grain, s => s.Events.Count == 4);
        Assert.True(stored.ClosedReported);
    }

    [Fact]
    public async Task An_agents_records_are_saved_when_the_agent_deactivates_not_on_every_update()
    {
        using var ingest = app.CreateIngestClient();
        var at = Events.Now;
        await PostAsync(
            ingest,
            Events.Started("c-pages", "u-pages", at),
            Events.Assigned("c-pages", "a-pages", at),
            Events.Agent("c-pages", "a-pages", "c-pages-1", "您好,在的", at.AddSeconds(2)));
        await PostAsync(ingest, Events.Customer("c-pages", "u-pages", "c-pages-2", "快递到哪了", at.AddSeconds(5)));
        var grains = app.Services.GetRequiredService<IGrainFactory>();
        var openPage = grains.Page<AgentRecordsPage>("a-pages", AgentRecordBook.OpenPage);

        Assert.True((await openPage.LoadAsync()).Value.IsEmpty);

        await grains.GetGrain<IAgentGrain>("a-pages").Cast<IGrainManagementExtension>().DeactivateOnIdle();
        for (var attempt = 0; attempt < 50 && (await openPage.LoadAsync()).Value.IsEmpty; attempt++)
        {
            await Task.Delay(100);
        }

        Assert.Single((await openPage.LoadAsync()).Value.Packed);
        var agent = await grains.GetGrain<IAgentGrain>("a-pages").GetViewAsync();
        Assert.Equal(["c-pages"], agent.OpenConversations);
    }

    /// <summary>Posts a conversation (c-{name}) that starts, is assigned and closes, with no message yet.</summary>
    private async Task<IConversationGrain> PostClosedAsync(HttpClient ingest, string name, DateTimeOffset at)
    {
        await PostAsync(
            ingest,
            Events.Started($"c-{name}", $"u-{name}", at),
            Events.Assigned($"c-{name}", $"a-{name}", at),
            Events.Closed($"c-{name}", at.AddSeconds(9)));
        return app.Services.GetRequiredService<IGrainFactory>().GetGrain<IConversationGrain>($"c-{name}");
    }

    private static async Task PostAsync(HttpClient ingest, params object[] events) =>
        (await ingest.PostAsJsonAsync("/api/events", events)).EnsureSuccessStatusCode();

    private async Task<ConversationState?> StoredAsync(IConversationGrain grain)
    {
        var storage = app.Services.GetRequiredKeyedService<IGrainStorage>(GrainStorage.Name);
        var state = new GrainState<ConversationState>();
        await storage.ReadStateAsync("conversation", grain.GetGrainId(), state);
        return state.RecordExists ? state.State : null;
    }

    private async Task<ConversationState> EventuallyStoredAsync(IConversationGrain grain, Func<ConversationState, bool> done)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (await StoredAsync(grain) is { } stored && done(stored))
            {
                return stored;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The conversation's state was not written.");
    }
}
