using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Incidents;

/// <summary>One problem, one item: grouping, escalation inside the incident, auto-resolve (HTTP + a real SignalR client).</summary>
public sealed class IncidentFlowTests : IAsyncLifetime
{
    private readonly WebhookReceiver _receiver = new();
    private FakeClockAppFactory _app = null!;

    public async Task InitializeAsync()
    {
        await _receiver.StartAsync();
        _app = new FakeClockAppFactory().WithWebhook($"{_receiver.BaseUrl}/slack");
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task Breach_rude_reply_and_complaint_are_one_incident_that_escalates_once_and_answering_resolves_the_sla_alerts()
    {
        const string store = "store-inc";
        using var ingest = _app.CreateIngestClient();
        using var lead = await _app.CreateUserClientAsync("lead");
        await using var oncall = await _app.ConnectHubAsync("/hubs/oncall", "oncall");
        var escalations = new ConcurrentQueue<JsonElement>();
        var incidentPushes = new ConcurrentQueue<JsonElement>();
        oncall.On<JsonElement>("escalationRaised", e => escalations.Enqueue(e));
        oncall.On<JsonElement>("incidentUpdated", i => incidentPushes.Enqueue(i));

        var t0 = _app.Clock.GetUtcNow();
        await PostAsync(ingest,
            Events.Started("c-inc", "u-inc", t0, storeId: store),
            Events.Assigned("c-inc", "a-inc", t0, storeId: store),
            Events.Customer("c-inc", "u-inc", "c-inc-1", "我要去12315投诉你们", t0, storeId: store),
            Events.Agent("c-inc", "a-inc", "c-inc-2", "你有病吧", t0.AddSeconds(5), storeId: store),
            Events.Customer("c-inc", "u-inc", "c-inc-3", "你怎么这样说话", t0.AddSeconds(10), storeId: store));

        // The reply wait from t0+10 passes its warning (60 s) and breach (180 s) thresholds with nobody answering.
        await _app.AdvanceUntilAsync(async () => (await OpenAlertsAsync(lead, store)).Any(a => a.GetProperty("kind").GetString() == "sla.breach"), TimeSpan.FromSeconds(200));

        // The warning resolves in the same settle that raised the breach, just after it.
        await FakeClockAppFactory.EventuallyAsync(async () =>
            (await AlertsAsync(lead, $"storeId={store}&kind=sla.warning")).Single().GetProperty("status").GetString() == "resolved", "the warning to resolve");
        var open = await IncidentsAsync(lead, $"storeId={store}&status=open");
        var incident = Assert.Single(open);
        var reasons = incident.GetProperty("alerts").EnumerateArray()
            .Where(a => a.GetProperty("status").GetString() == "open").Select(a => a.GetProperty("kind").GetString()).Order().ToList();
        Assert.Equal(["complaint.risk", "rude.language", "sla.breach"], reasons);
        Assert.Equal("critical", incident.GetProperty("severity").GetString());
        Assert.Equal("c-inc", incident.GetProperty("subject").GetProperty("conversationId").GetString());
        var incidentId = incident.GetProperty("incidentId").GetString()!;
        Assert.All(await OpenAlertsAsync(lead, store), a => Assert.Equal(incidentId, a.GetProperty("incidentId").GetString()));
        var warning = (await AlertsAsync(lead, $"storeId={store}&kind=sla.warning")).Single();
        Assert.Equal("resolved", warning.GetProperty("status").GetString());
        Assert.Equal("system", warning.GetProperty("resolvedBy").GetString());
        Assert.Equal("supersededByBreach", warning.GetProperty("resolvedReason").GetString());

        // Nobody acknowledges: 300 s after the complaint the incident escalates, inside itself.
        await _app.AdvanceUntilAsync(() => Task.FromResult(!escalations.IsEmpty), TimeSpan.FromSeconds(320));
        // Delivery retries after the receiver's first 500, on whichever clock the resilience pipeline uses.
        await FakeClockAppFactory.EventuallyAsync(() =>
        {
            _app.Clock.Advance(TimeSpan.FromMilliseconds(500));
            return Task.FromResult(!_receiver.Calls.IsEmpty);
        }, "the webhook");
        _app.Clock.Advance(TimeSpan.FromSeconds(30));
        await Task.Delay(300);

        var escalation = Assert.Single(escalations);
        Assert.Equal(incidentId, escalation.GetProperty("incidentId").GetString());
        Assert.Equal(1, escalation.GetProperty("escalationLevel").GetInt32());
        Assert.Single(_receiver.Calls, c => c.Name == "slack");
        var escalated = Assert.Single(await IncidentsAsync(lead, $"storeId={store}&status=open"));
        Assert.True(escalated.GetProperty("escalated").GetBoolean());
        Assert.Equal(1, escalated.GetProperty("escalationLevel").GetInt32());
        Assert.DoesNotContain(await OpenAlertsAsync(lead, store), a => a.GetProperty("kind").GetString() == "escalation");
        Assert.Contains(incidentPushes, p => p.GetProperty("incidentId").GetString() == incidentId && p.GetProperty("escalated").GetBoolean());

        // The agent answers: the breach resolves itself; complaint and rude reply keep the incident open.
        await PostAsync(ingest, Events.Agent("c-inc", "a-inc", "c-inc-4", "非常抱歉，马上为您处理退款", _app.Clock.GetUtcNow(), storeId: store));
        await FakeClockAppFactory.EventuallyAsync(async () =>
            (await AlertsAsync(lead, $"storeId={store}&kind=sla.breach")).Single().GetProperty("status").GetString() == "resolved", "the breach to resolve");
        var breach = (await AlertsAsync(lead, $"storeId={store}&kind=sla.breach")).Single();
        Assert.Equal("system", breach.GetProperty("resolvedBy").GetString());
        Assert.Equal("answered", breach.GetProperty("resolvedReason").GetString());
        var after = JsonDocument.Parse(await lead.GetStringAsync($"/api/incidents/{incidentId}")).RootElement;
        Assert.Equal("open", after.GetProperty("status").GetString());
        Assert.Equal(
            ["complaint.risk", "rude.language"],
            after.GetProperty("alerts").EnumerateArray().Where(a => a.GetProperty("status").GetString() == "open").Select(a => a.GetProperty("kind").GetString()).Order());
    }

    [Fact]
    public async Task Incident_ack_and_resolve_move_its_alerts_and_answer_404_and_409()
    {
        const string store = "store-inc-ack";
        using var ingest = _app.CreateIngestClient();
        using var lead = await _app.CreateUserClientAsync("lead");
        var t0 = _app.Clock.GetUtcNow();
        await PostAsync(ingest,
            Events.Started("c-ack2", "u-ack2", t0, storeId: store),
            Events.Assigned("c-ack2", "a-ack2", t0, storeId: store),
            Events.Customer("c-ack2", "u-ack2", "c-ack2-1", "我要去12315投诉你们", t0, storeId: store));
        var incidentId = Assert.Single(await IncidentsAsync(lead, $"storeId={store}")).GetProperty("incidentId").GetString()!;

        Assert.Equal(HttpStatusCode.NotFound, (await lead.PostAsync($"/api/incidents/I999999@{store}/ack", null)).StatusCode);
        var acked = await lead.PostAsJsonAsync($"/api/incidents/{incidentId}/ack", new { note = "on it" });
        Assert.Equal(HttpStatusCode.OK, acked.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await lead.PostAsync($"/api/incidents/{incidentId}/ack", null)).StatusCode);
        var incident = JsonDocument.Parse(await lead.GetStringAsync($"/api/incidents/{incidentId}")).RootElement;
        Assert.Equal("acknowledged", incident.GetProperty("status").GetString());
        Assert.All(incident.GetProperty("alerts").EnumerateArray(), a => Assert.Equal("acknowledged", a.GetProperty("status").GetString()));
        Assert.Contains(incident.GetProperty("history").EnumerateArray(), h => h.GetProperty("action").GetString() == "acknowledged" && h.GetProperty("by").GetString() == "lead");

        Assert.Equal(HttpStatusCode.OK, (await lead.PostAsync($"/api/incidents/{incidentId}/resolve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await lead.PostAsync($"/api/incidents/{incidentId}/resolve", null)).StatusCode);

        // A new alert on the resolved subject reopens the same incident instead of making a twin.
        await PostAsync(ingest, Events.Agent("c-ack2", "a-ack2", "c-ack2-2", "你有病吧", _app.Clock.GetUtcNow(), storeId: store));
        var all = await IncidentsAsync(lead, $"storeId={store}");
        var reopened = Assert.Single(all);
        Assert.Equal(incidentId, reopened.GetProperty("incidentId").GetString());
        Assert.Equal("open", reopened.GetProperty("status").GetString());
        Assert.Contains(reopened.GetProperty("history").EnumerateArray(), h => h.GetProperty("action").GetString() == "reopened");
    }

    private static async Task PostAsync(HttpClient ingest, params object[] events) =>
        (await ingest.PostAsJsonAsync("/api/events", events)).EnsureSuccessStatusCode();

    private static async Task<List<JsonElement>> IncidentsAsync(HttpClient client, string query) =>
        JsonDocument.Parse(await client.GetStringAsync($"/api/incidents?{query}")).RootElement.EnumerateArray().ToList();

    private static Task<List<JsonElement>> OpenAlertsAsync(HttpClient client, string store) => AlertsAsync(client, $"storeId={store}&status=open");

    private static async Task<List<JsonElement>> AlertsAsync(HttpClient client, string query) =>
        JsonDocument.Parse(await client.GetStringAsync($"/api/alerts?{query}")).RootElement.EnumerateArray().ToList();
}
