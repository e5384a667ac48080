using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Incidents;

/// <summary>Silenced alerts are recorded, listed and counted, but push, escalate and page nothing.</summary>
public sealed class SilenceTests : IAsyncLifetime
{
    private readonly FakeClockAppFactory _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_silence_for_a_store_whose_alert_book_is_not_active_answers_at_once()
    {
        // The book reads the silences while activating, as the silence grain waits on the book: that was a deadlock.
        using var lead = await _app.CreateUserClientAsync("lead");
        var until = _app.Clock.GetUtcNow().AddHours(1);

        var created = await lead.PostAsJsonAsync("/api/silences", new { kind = "sla.warning", storeId = "store-never-seen", until, reason = "test" })
            .WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    [Fact]
    public async Task A_silenced_kind_pushes_nothing_and_never_escalates_but_is_still_listed_and_counted()
    {
        const string store = "store-silent";
        using var lead = await _app.CreateUserClientAsync("lead");
        using var ingest = _app.CreateIngestClient();
        var until = _app.Clock.GetUtcNow().AddHours(1);
        var created = await lead.PostAsJsonAsync("/api/silences", new { kind = "complaint.risk", storeId = store, until, reason = "known outage, customers told" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var silenceId = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("silenceId").GetString()!;
        Assert.Contains(JsonDocument.Parse(await lead.GetStringAsync("/api/silences")).RootElement.EnumerateArray(), s => s.GetProperty("silenceId").GetString() == silenceId);

        await using var floor = await _app.ConnectHubAsync("/hubs/floor", "lead");
        await using var oncall = await _app.ConnectHubAsync("/hubs/oncall", "oncall");
        var pushes = new ConcurrentQueue<(string Method, JsonElement Body)>();
        foreach (var method in new[] { "alertRaised", "incidentUpdated" })
        {
            floor.On<JsonElement>(method, body => pushes.Enqueue((method, body)));
        }

        oncall.On<JsonElement>("escalationRaised", body => pushes.Enqueue(("escalationRaised", body)));
        oncall.On<JsonElement>("incidentUpdated", body => pushes.Enqueue(("oncall.incidentUpdated", body)));
        await floor.InvokeAsync("Subscribe", null, null);

        var t0 = _app.Clock.GetUtcNow();
        (await ingest.PostAsJsonAsync("/api/events", new[]
        {
            Events.Started("c-silent", "u-silent", t0, storeId: store),
            Events.Assigned("c-silent", "a-silent", t0, storeId: store),
            Events.Customer("c-silent", "u-silent", "c-silent-1", "我要去12315投诉你们", t0, storeId: store),
            // Answered, so no SLA alert of this conversation (not silenced) pushes while time runs below.
            Events.Agent("c-silent", "a-silent", "c-silent-2", "您好，非常抱歉，马上为您处理", t0.AddSeconds(5), storeId: store),
        })).EnsureSuccessStatusCode();
        // A control in the same store and book, not silenced: its push arrives after anything the first would have sent.
        (await ingest.PostAsJsonAsync("/api/events", new[]
        {
            Events.Started("c-loud", "u-loud", t0, storeId: store),
            Events.Assigned("c-loud", "a-loud", t0, storeId: store),
            Events.Agent("c-loud", "a-loud", "c-loud-1", "你有病吧", t0, storeId: store),
        })).EnsureSuccessStatusCode();
        await FakeClockAppFactory.EventuallyAsync(() => Task.FromResult(pushes.Any(p => p.Method == "alertRaised")), "the control's push");

        var silenced = Assert.Single(JsonDocument.Parse(await lead.GetStringAsync($"/api/alerts?storeId={store}&kind=complaint.risk")).RootElement.EnumerateArray());
        Assert.Equal("open", silenced.GetProperty("status").GetString());
        Assert.Equal(2, JsonDocument.Parse(await lead.GetStringAsync($"/api/incidents?storeId={store}&status=open")).RootElement.GetArrayLength());
        // The floor takes reports on its one-second flush, which runs on the fake clock.
        await _app.AdvanceUntilAsync(async () =>
        {
            var kpis = JsonDocument.Parse(await lead.GetStringAsync($"/api/floor?storeId={store}")).RootElement.GetProperty("kpis");
            return kpis.GetProperty("openIncidentsBySeverity").TryGetProperty("critical", out var n) && n.GetInt32() == 2;
        }, TimeSpan.FromSeconds(10));

        // Past the ack timeout only the control escalates.
        await _app.AdvanceUntilAsync(() => Task.FromResult(pushes.Any(p => p.Method == "escalationRaised")), TimeSpan.FromSeconds(320));
        _app.Clock.Advance(TimeSpan.FromSeconds(5));
        await Task.Delay(1500);

        Assert.DoesNotContain(pushes, p => p.Body.TryGetProperty("conversationId", out var c) && c.GetString() == "c-silent");
        Assert.DoesNotContain(pushes, p => p.Body.TryGetProperty("subject", out var s) && s.GetProperty("conversationId").GetString() == "c-silent");
        Assert.Single(pushes, p => p.Method == "escalationRaised");
        var quiet = Assert.Single(JsonDocument.Parse(await lead.GetStringAsync($"/api/incidents?storeId={store}")).RootElement.EnumerateArray(),
            i => i.GetProperty("subject").GetProperty("conversationId").GetString() == "c-silent");
        Assert.False(quiet.GetProperty("escalated").GetBoolean());

        Assert.Equal(HttpStatusCode.NoContent, (await lead.DeleteAsync($"/api/silences/{silenceId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.DeleteAsync($"/api/silences/{silenceId}")).StatusCode);
    }

    [Fact]
    public async Task A_silence_needs_a_future_until_and_a_reason_and_a_supervisor()
    {
        using var lead = await _app.CreateUserClientAsync("lead");
        using var oncall = await _app.CreateUserClientAsync("oncall");
        var past = await lead.PostAsJsonAsync("/api/silences", new { until = _app.Clock.GetUtcNow().AddMinutes(-1), reason = "" });
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        var body = await past.Content.ReadAsStringAsync();
        Assert.Contains("until", body, StringComparison.Ordinal);
        Assert.Contains("reason", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await oncall.PostAsJsonAsync("/api/silences", new { until = _app.Clock.GetUtcNow().AddMinutes(5), reason = "x" })).StatusCode);
    }
}
