using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Ingest;

/// <summary>Issue #27: one event that cannot be applied never fails its batch, nor the rest of its conversation.</summary>
public sealed class BatchIsolationTests(PoisonScorerAppFactory app) : IClassFixture<PoisonScorerAppFactory>
{
    [Fact]
    public async Task An_event_that_cannot_be_applied_is_rejected_and_parked_while_the_rest_is_applied()
    {
        using var client = app.CreateIngestClient();
        using var admin = await app.CreateUserClientAsync("admin");
        var now = Events.Now;
        object[] batch =
        [
            Events.Started("c-iso-1", "u-iso", now),
            Events.Customer("c-iso-1", "u-iso", "c-iso-1-m1", "你好", now.AddSeconds(1)),
            Events.Customer("c-iso-1", "u-iso", "c-iso-1-m2", PoisonScorerAppFactory.Poison, now.AddSeconds(2)),
            Events.Customer("c-iso-1", "u-iso", "c-iso-1-m3", "还在吗", now.AddSeconds(3)),
            Events.Customer("c-iso-2", "u-iso", "c-iso-2-m1", "hello", now),
        ];

        var response = await client.PostAsJsonAsync("/api/events", batch);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode}: {text}");
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal(4, body.GetProperty("accepted").GetInt32());
        var rejection = Assert.Single(body.GetProperty("rejected").EnumerateArray());
        Assert.Equal(2, rejection.GetProperty("index").GetInt32());
        Assert.Equal("c-iso-1-m2", rejection.GetProperty("eventId").GetString());
        Assert.Contains("dead-letter", rejection.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.False(rejection.TryGetProperty("retry", out _));

        var view = JsonDocument.Parse(await admin.GetStringAsync("/api/conversations/c-iso-1")).RootElement;
        Assert.Equal(["c-iso-1-m1", "c-iso-1-m3"], view.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("eventId").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/conversations/c-iso-2")).StatusCode);

        var letters = JsonDocument.Parse(await admin.GetStringAsync("/api/admin/dead-letters")).RootElement;
        Assert.Contains(letters.GetProperty("letters").EnumerateArray(), l => l.GetProperty("eventId").GetString() == "c-iso-1-m2"
            && l.GetProperty("conversationId").GetString() == "c-iso-1" && l.GetProperty("failure").GetString() == "InvalidOperationException");
        using var qa = await app.CreateUserClientAsync("qa");
        Assert.Equal(HttpStatusCode.Forbidden, (await qa.GetAsync("/api/admin/dead-letters")).StatusCode);

        var ready = await app.CreateClient().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var health = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Degraded", health.GetProperty("status").GetString());
        var derivation = health.GetProperty("checks").GetProperty("derivation");
        Assert.Contains("c-iso-1", derivation.GetProperty("description").GetString(), StringComparison.Ordinal);

        // Sending the rejected event again changes nothing; a fixed event with a new id is applied.
        var again = JsonDocument.Parse(await (await client.PostAsJsonAsync("/api/events", batch[2])).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(0, again.GetProperty("accepted").GetInt32());
        var fixedEvent = Events.Customer("c-iso-1", "u-iso", "c-iso-1-m2b", "fixed", now.AddSeconds(2));
        var applied = JsonDocument.Parse(await (await client.PostAsJsonAsync("/api/events", fixedEvent)).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(1, applied.GetProperty("accepted").GetInt32());
    }
}
