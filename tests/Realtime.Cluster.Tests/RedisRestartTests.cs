using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Realtime.Cluster.Tests.Support;
using Realtime.Testing.Redis;
using Xunit.Abstractions;

namespace Realtime.Cluster.Tests;

/// <summary>
/// Redis (append-only file, fsync always) is killed and restarted during load across two processes. While it is
/// down ingest answers 503 and the client retries; afterwards every acknowledged event is applied exactly once.
/// </summary>
public sealed class RedisRestartTests(ITestOutputHelper output)
{
    private const int Conversations = 60;
    private const int Rounds = 10;

    [Fact]
    public async Task Redis_crash_and_restart_under_load_loses_nothing_and_duplicates_nothing()
    {
        await using var redis = await RedisServer.StartAsync(new RedisServerOptions { AppendOnly = true, AppendFsync = "always" });
        var clusterId = $"restart-{Guid.NewGuid():N}";
        await using var a = await ServerNode.StartAsync("A", redis.ConnectionString, clusterId);
        await using var b = await ServerNode.StartAsync("B", redis.ConnectionString, clusterId);
        var nodes = new[] { a, b };
        var sent = new ConcurrentDictionary<string, int>();
        int acknowledged = 0, unavailable = 0;
        var start = DateTimeOffset.UtcNow;
        var outage = Stopwatch.StartNew();

        for (var round = 0; round < Rounds; round++)
        {
            if (round == Rounds / 2)
            {
                await redis.KillAsync();
                outage.Restart();
                _ = Task.Run(async () =>
                {
                    await Task.Delay(TimeSpan.FromSeconds(3));
                    await redis.RestartAsync();
                });
            }

            for (var offset = 0; offset < Conversations; offset += 20)
            {
                var batch = Enumerable.Range(offset, 20).Select(c =>
                {
                    var id = $"r-{c}";
                    var text = round == 2 ? "全网最低价" : $"message {round}";
                    return ClusterEvents.Message(id, $"{id}-{round}", round % 2 == 0 ? "customer" : "agent", text, start.AddSeconds(round));
                }).ToArray();
                for (var attempt = 0; ; attempt++)
                {
                    var node = nodes[(offset / 20 + attempt) % 2];
                    var response = await TryPostAsync(node, batch);
                    if (response)
                    {
                        break;
                    }

                    unavailable++;
                    Assert.True(attempt < 120, "ingest did not come back after Redis restarted");
                    await Task.Delay(500);
                }

                acknowledged += batch.Length;
                foreach (var e in batch)
                {
                    sent.AddOrUpdate((string)e["conversationId"]!, 1, (_, n) => n + 1);
                }
            }
        }

        using var reader = await b.UserClientAsync("admin");
        int missing = 0, applied = 0;
        var deadline = DateTime.UtcNow.AddSeconds(90);
        do
        {
            (applied, missing) = await CountAsync(reader, sent);
            if (missing > 0)
            {
                await Task.Delay(1000);
            }
        }
        while (missing > 0 && DateTime.UtcNow < deadline);

        output.WriteLine($"accepted {acknowledged}, applied {applied}, lost {missing}, requests refused while Redis was down {unavailable}, " +
                         $"recovered {outage.Elapsed.TotalSeconds:0.0} s after the crash");
        Assert.Equal(0, missing);
        Assert.Equal(acknowledged, applied);
    }

    private static async Task<bool> TryPostAsync(ServerNode node, object[] batch)
    {
        try
        {
            return (await node.Http.PostAsJsonAsync("/api/events", batch)).IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private static async Task<(int Applied, int Missing)> CountAsync(HttpClient reader, ConcurrentDictionary<string, int> sent)
    {
        int applied = 0, missing = 0;
        foreach (var (id, expected) in sent)
        {
            var count = 0;
            try
            {
                var response = await reader.GetAsync($"/api/conversations/{id}");
                if (response.IsSuccessStatusCode)
                {
                    var messages = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("messages");
                    count = messages.EnumerateArray().Select(m => m.GetProperty("eventId").GetString()).Distinct().Count();
                    Assert.Equal(count, messages.GetArrayLength());
                }
            }
            catch (HttpRequestException)
            {
            }

            applied += Math.Min(count, expected);
            missing += Math.Max(0, expected - count);
        }

        return (applied, missing);
    }
}
