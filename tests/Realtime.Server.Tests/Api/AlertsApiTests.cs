using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Api;

public sealed class AlertsApiTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    [Fact]
    public async Task Alert_moves_open_to_acknowledged_to_resolved_and_illegal_moves_are_409()
    {
        using var ingest = app.CreateIngestClient();
        using var oncall = await app.CreateUserClientAsync("oncall");
        var now = Events.Now;
        await ingest.PostAsJsonAsync("/api/events", new object[]
        {
            Events.Customer("c-life", "u-50", "c-life-1", "再不退款我就投诉到12315", now, storeId: "store-life"),
        });
        var alerts = JsonDocument.Parse(await oncall.GetStringAsync("/api/alerts?status=open&kind=complaint.risk&storeId=store-life")).RootElement;
        var id = alerts.EnumerateArray().Single(a => a.GetProperty("conversationId").GetString() == "c-life").GetProperty("alertId").GetString();

        var ack = await oncall.PostAsJsonAsync($"/api/alerts/{id}/ack", new { note = "calling the customer" });
        var ackAgain = await oncall.PostAsJsonAsync($"/api/alerts/{id}/ack", new { note = "again" });
        var resolve = await oncall.PostAsync($"/api/alerts/{id}/resolve", null);
        var unknown = await oncall.PostAsync("/api/alerts/A999999@store-life/ack", null);

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, ackAgain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, resolve.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var resolved = JsonDocument.Parse(await resolve.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("resolved", resolved.GetProperty("status").GetString());
        Assert.Equal("oncall", resolved.GetProperty("acknowledgedBy").GetString());
        Assert.Contains(resolved.GetProperty("history").EnumerateArray(), h => h.TryGetProperty("note", out var note) && note.GetString() == "calling the customer");
    }

    [Fact]
    public async Task Alerts_list_newest_first_and_filters_by_status()
    {
        using var ingest = app.CreateIngestClient();
        using var lead = await app.CreateUserClientAsync("lead");
        var now = Events.Now;
        await ingest.PostAsJsonAsync("/api/events", new object[]
        {
            Events.Agent("c-list-1", "a-51", "c-list-1-1", "你有病吧", now, storeId: "store-list"),
        });
        await ingest.PostAsJsonAsync("/api/events", new object[]
        {
            Events.Agent("c-list-2", "a-51", "c-list-2-1", "全网最低价", now, storeId: "store-list"),
        });

        var alerts = JsonDocument.Parse(await lead.GetStringAsync("/api/alerts?storeId=store-list&status=open")).RootElement.EnumerateArray().ToList();

        Assert.True(alerts.Count >= 2);
        var times = alerts.Select(a => a.GetProperty("raisedAt").GetDateTimeOffset()).ToList();
        Assert.Equal(times.OrderByDescending(t => t), times);
        Assert.All(alerts, a => Assert.Equal("open", a.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Requests_without_a_token_are_401_and_agents_cannot_read_the_floor()
    {
        using var anonymous = app.CreateClient();
        using var agent = await app.CreateUserClientAsync("agent");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/alerts")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/floor")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/floor")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
    }
}
