using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Security;

public sealed class HintIsolationTests(HintIsolationFactory app) : IClassFixture<HintIsolationFactory>
{
    [Fact]
    public async Task Each_agent_connection_receives_its_own_hints_and_never_another_agents()
    {
        await using var first = await app.ConnectHubAsync("/hubs/agent", "agent");
        await using var second = await app.ConnectHubAsync("/hubs/agent", "agent2");
        var toFirst = new ConcurrentQueue<JsonElement>();
        var toSecond = new ConcurrentQueue<JsonElement>();
        first.On<JsonElement>("hint", toFirst.Enqueue);
        second.On<JsonElement>("hint", toSecond.Enqueue);

        using var ingest = app.CreateIngestClient();
        var now = Events.Now;
        var batch = new List<object>();
        for (var i = 0; i < 5; i++)
        {
            foreach (var agent in new[] { "a-01", "a-02" })
            {
                var id = $"c-iso-{agent}-{i}";
                batch.Add(Events.Assigned(id, agent, now));
                batch.Add(Events.Customer(id, $"u-iso-{i}", $"{id}-1", "再不给我退款我就给差评,还要投诉到12315", now.AddSeconds(1)));
                batch.Add(Events.Agent(id, agent, $"{id}-2", "全网最低价,你有病吧", now.AddSeconds(3)));
            }
        }

        (await ingest.PostAsJsonAsync("/api/events", batch)).EnsureSuccessStatusCode();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline && (toFirst.Count < 10 || toSecond.Count < 10))
        {
            await Task.Delay(100);
        }

        await Task.Delay(500);
        Assert.True(toFirst.Count >= 10 && toSecond.Count >= 10, $"hints received: a-01 {toFirst.Count}, a-02 {toSecond.Count}");
        Assert.All(toFirst, h => Assert.StartsWith("c-iso-a-01-", h.GetProperty("conversationId").GetString(), StringComparison.Ordinal));
        Assert.All(toSecond, h => Assert.StartsWith("c-iso-a-02-", h.GetProperty("conversationId").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Configured_users_sign_in_with_their_pbkdf2_hash_and_plain_passwords_are_refused()
    {
        using var client = app.CreateClient();

        var hashed = await client.PostAsJsonAsync("/api/auth/token", new { name = "agent2", password = "demo" });
        var wrong = await client.PostAsJsonAsync("/api/auth/token", new { name = "agent2", password = "Demo" });
        var plain = await client.PostAsJsonAsync("/api/auth/token", new { name = "plain", password = "demo" });
        var demoAdmin = await client.PostAsJsonAsync("/api/auth/token", new { name = "admin", password = "demo" });

        Assert.Equal(HttpStatusCode.OK, hashed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, plain.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, demoAdmin.StatusCode);
    }

    [Fact]
    public void Password_hashes_verify_only_the_password_they_were_made_from()
    {
        var user = new Realtime.Server.Auth.UserAccount { Name = "x", PasswordHash = Realtime.Server.Auth.PasswordHasher.Hash("correct horse") };

        Assert.StartsWith("pbkdf2-sha256$600000$", user.PasswordHash, StringComparison.Ordinal);
        Assert.True(Realtime.Server.Auth.PasswordHasher.Verify(user, "correct horse", allowPlain: false));
        Assert.False(Realtime.Server.Auth.PasswordHasher.Verify(user, "correct horse ", allowPlain: false));
        Assert.NotEqual(user.PasswordHash, Realtime.Server.Auth.PasswordHasher.Hash("correct horse"));
    }
}
