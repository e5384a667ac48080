using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Conversations;

/// <summary>A closed conversation leaves memory, yet events that arrive right after the close are never refused.</summary>
public sealed class ClosedConversationTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    [Fact]
    public async Task Events_racing_the_close_are_all_accepted_and_applied()
    {
        using var ingest = app.CreateIngestClient();
        using var admin = await app.CreateUserClientAsync("admin");
        var now = Events.Now;
        var ids = Enumerable.Range(0, 40).Select(i => $"c-race-{i}").ToList();
        (await ingest.PostAsJsonAsync("/api/events", ids.SelectMany(id => new object[]
        {
            Events.Started(id, $"u-{id}", now, storeId: "store-race"),
            Events.Customer(id, $"u-{id}", $"{id}-1", "在吗", now.AddSeconds(1), storeId: "store-race"),
        }).ToArray())).EnsureSuccessStatusCode();

        // The close and four more requests per conversation, all in flight at once: calls queued behind the close
        // meet an activation that is going away.
        var requests = ids.SelectMany(id => new[] { (object)Events.Closed(id, now.AddSeconds(9), storeId: "store-race") }
            .Concat(Enumerable.Range(2, 4).Select(k => (object)Events.Customer(id, $"u-{id}", $"{id}-{k}", "谢谢", now.AddSeconds(10 + k), storeId: "store-race"))))
            .Select(e => ingest.PostAsJsonAsync("/api/events", new[] { e }))
            .ToList();
        var answers = await Task.WhenAll(requests);

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Accepted, a.StatusCode));
        foreach (var id in ids)
        {
            var view = JsonDocument.Parse(await admin.GetStringAsync($"/api/conversations/{id}")).RootElement;
            Assert.Equal(5, view.GetProperty("messages").GetArrayLength());
        }
    }
}
