using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Hubs;

public sealed class FloorHubTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Supervisor_receives_alertRaised_for_a_banned_term()
    {
        await using var hub = await app.ConnectHubAsync("/hubs/floor", "lead");
        var raised = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<JsonElement>("alertRaised", alert =>
        {
            if (alert.GetProperty("conversationId").GetString() == "c-hub-banned")
            {
                raised.TrySetResult(alert);
            }
        });
        await hub.InvokeAsync("Subscribe", null, null);

        using var ingest = app.CreateIngestClient();
        var now = Events.Now;
        await ingest.PostAsJsonAsync("/api/events", new object[]
        {
            Events.Started("c-hub-banned", "u-30", now),
            Events.Customer("c-hub-banned", "u-30", "c-hub-banned-1", "Is this any good?", now),
            Events.Agent("c-hub-banned", "a-30", "c-hub-banned-2", "Hello! Lowest price guaranteed, best in the world.", now.AddSeconds(3)),
        });

        var alert = await raised.Task.WaitAsync(Patience);
        Assert.Equal("banned.term", alert.GetProperty("kind").GetString());
        Assert.Equal("open", alert.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_store_filter_subscriber_gets_floor_snapshots_of_that_store_only()
    {
        await using var hub = await app.ConnectHubAsync("/hubs/floor", "lead");
        var snapshots = new System.Collections.Concurrent.ConcurrentQueue<JsonElement>();
        hub.On<JsonElement>("floorUpdated", snapshot => snapshots.Enqueue(snapshot));
        await hub.InvokeAsync("Subscribe", "store-floor-a", null);

        using var ingest = app.CreateIngestClient();
        var now = Events.Now;
        await ingest.PostAsJsonAsync("/api/events", new object[]
        {
            Events.Customer("c-floor-a", "u-fa", "c-floor-a-1", "在吗", now, storeId: "store-floor-a"),
            Events.Customer("c-floor-b", "u-fb", "c-floor-b-1", "在吗", now, storeId: "store-floor-b"),
        });

        var deadline = DateTime.UtcNow + Patience;
        while (!snapshots.Any(s => Waiting(s) > 0) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Contains(snapshots, s => Waiting(s) > 0);
        Assert.All(snapshots, s => Assert.True(Waiting(s) <= 1, s.GetRawText()));

        static int Waiting(JsonElement snapshot) => snapshot.GetProperty("kpis").GetProperty("waiting").GetInt32();
    }

    [Fact]
    public async Task Supervisor_receives_an_sla_alert_for_an_unanswered_customer_without_any_further_event()
    {
        await PutFirstResponseSlaAsync("store-sla", warnSeconds: 1, breachSeconds: 2);
        await using var hub = await app.ConnectHubAsync("/hubs/floor", "lead");
        var breach = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        var kinds = new System.Collections.Concurrent.ConcurrentQueue<string>();
        hub.On<JsonElement>("alertRaised", alert =>
        {
            if (alert.GetProperty("conversationId").GetString() != "c-hub-wait")
            {
                return;
            }

            kinds.Enqueue(alert.GetProperty("kind").GetString()!);
            if (alert.GetProperty("kind").GetString() == "sla.breach")
            {
                breach.TrySetResult(alert);
            }
        });
        await hub.InvokeAsync("Subscribe", "store-sla", null);

        using var ingest = app.CreateIngestClient();
        await ingest.PostAsJsonAsync("/api/events", Events.Customer("c-hub-wait", "u-31", "c-hub-wait-1", "有人吗?", Events.Now, storeId: "store-sla"));

        var alert = await breach.Task.WaitAsync(Patience);
        Assert.Equal("critical", alert.GetProperty("severity").GetString());

        // The warning (1 s) and the breach (2 s) come from the silo's SLA alarms: the wake for the warning sets the breach's.
        Assert.Equal(["sla.warning", "sla.breach"], kinds);
    }

    [Fact]
    public async Task A_waiting_conversation_collected_meanwhile_is_woken_again_for_its_sla_alert()
    {
        await PutFirstResponseSlaAsync("store-sla-collected", warnSeconds: 2, breachSeconds: 3);
        await using var hub = await app.ConnectHubAsync("/hubs/floor", "lead");
        var breach = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<JsonElement>("alertRaised", alert =>
        {
            if (alert.GetProperty("conversationId").GetString() == "c-hub-collected" && alert.GetProperty("kind").GetString() == "sla.breach")
            {
                breach.TrySetResult(alert);
            }
        });
        await hub.InvokeAsync("Subscribe", "store-sla-collected", null);
        using var ingest = app.CreateIngestClient();
        await ingest.PostAsJsonAsync("/api/events", Events.Customer("c-hub-collected", "u-32", "c-hub-collected-1", "在吗?", Events.Now, storeId: "store-sla-collected"));

        // Every idle activation goes, the waiting conversation with them: only its alarm in the silo is left to wake it.
        await app.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        var alert = await breach.Task.WaitAsync(Patience);
        Assert.Equal("critical", alert.GetProperty("severity").GetString());
    }

    [Fact]
    public async Task Team_scoped_supervisor_cannot_subscribe_to_another_team()
    {
        await using var hub = await app.ConnectHubAsync("/hubs/floor", "lead-presales");

        await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync("Subscribe", null, "team-after-sales"));
        await hub.InvokeAsync("Subscribe", null, "team-pre-sales");
    }

    /// <summary>Gives <paramref name="storeId"/> a ruleset whose first-response thresholds pass within seconds.</summary>
    private async Task PutFirstResponseSlaAsync(string storeId, int warnSeconds, int breachSeconds)
    {
        using var admin = await app.CreateUserClientAsync("admin");
        var put = await admin.PutAsJsonAsync($"/api/rulesets/{storeId}", new
        {
            sla = new { firstResponseWarnSeconds = warnSeconds, firstResponseBreachSeconds = breachSeconds, nextResponseWarnSeconds = 60, nextResponseBreachSeconds = 180 },
            weights = new
            {
                preSales = new { responsiveness = 0.3, resolution = 0.2, compliance = 0.2, courtesy = 0.1, conversion = 0.2 },
                afterSales = new { responsiveness = 0.3, resolution = 0.3, compliance = 0.2, courtesy = 0.2, conversion = 0.0 },
            },
            repeatContact = new[] { new { count = 3, windowHours = 24, severity = "critical" } },
        });
        put.EnsureSuccessStatusCode();
    }
}
