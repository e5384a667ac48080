using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Ingest;

/// <summary>Issue #27: one bad <c>occurredAt</c> is rejected by name, and the rest of its batch is applied.</summary>
public sealed class HostileTimeTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    [Theory]
    [InlineData("empty", "")]
    [InlineData("max", "9999-12-31T23:59:59Z")]
    [InlineData("min", "0001-01-01T00:00:00Z")]
    [InlineData("far", "2200-01-01T00:00:00+08:00")]
    [InlineData("old", "1999-12-31T23:59:59Z")]
    public async Task Hostile_occurredAt_is_rejected_by_name_and_the_rest_of_its_batch_applied(string name, string occurredAt)
    {
        using var client = app.CreateIngestClient();
        using var admin = await app.CreateUserClientAsync("admin");
        var now = Events.Now;
        var (before, bad, after) = ($"c-time-{name}-1", $"c-time-{name}-2", $"c-time-{name}-3");
        var hostile = Events.Customer(bad, "u-time", $"{bad}-m", "在吗", now);
        hostile["occurredAt"] = occurredAt;
        object[] batch =
        [
            Events.Customer(before, "u-time", $"{before}-m", "你好", now),
            hostile,
            Events.Customer(after, "u-time", $"{after}-m", "hello", now),
        ];

        var response = await client.PostAsJsonAsync("/api/events", batch);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode}: {text}");
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal(2, body.GetProperty("accepted").GetInt32());
        var rejection = Assert.Single(body.GetProperty("rejected").EnumerateArray());
        Assert.Equal(1, rejection.GetProperty("index").GetInt32());
        Assert.Equal($"{bad}-m", rejection.GetProperty("eventId").GetString());
        Assert.StartsWith("occurredAt:", rejection.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/conversations/{before}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/conversations/{after}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/conversations/{bad}")).StatusCode);
    }
}
