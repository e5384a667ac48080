using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Realtime.Cluster.Tests.Support;
using Realtime.Testing.Redis;
using Xunit.Abstractions;

namespace Realtime.Cluster.Tests;

/// <summary>
/// Continuous load across two processes, one killed with SIGKILL mid-way: every event the client sent (retrying
/// unanswered requests against the survivor, as an at-least-once client does) is applied exactly once, and every
/// conversation has exactly one alert for its one banned term.
/// </summary>
public sealed class FaultTests(RedisServerFixture redis, ITestOutputHelper output) : IClassFixture<RedisServerFixture>
{
    private const int Conversations = 120;
    private const int MessagesPerConversation = 12;

    [Fact]
    public async Task Killing_a_process_under_load_loses_nothing_and_duplicates_nothing()
    {
        var clusterId = $"{redis.UniquePrefix}-fault";
        await using var a = await ServerNode.StartAsync("A", redis.ConnectionString, clusterId);
        await using var b = await ServerNode.StartAsync("B", redis.ConnectionString, clusterId);
        var nodes = new[] { a, b };
        var sent = new ConcurrentDictionary<string, int>();
        long acknowledged = 0, retried = 0;
        var start = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        TimeSpan? killedAt = null;

        for (var round = 0; round < MessagesPerConversation; round++)
        {
            if (round == MessagesPerConversation / 2)
            {
                await a.KillAsync();
                killedAt = clock.Elapsed;
            }

            for (var offset = 0; offset < Conversations; offset += 20)
            {
                var batch = Enumerable.Range(offset, 20).Select(c =>
                {
                    var id = $"f-{c}";
                    var text = round == 3 ? "今天全网最低价" : $"第{round}条消息 message {round}";
                    return ClusterEvents.Message(id, $"{id}-{round}", round % 2 == 0 ? "customer" : "agent", text, start.AddSeconds(round));
                }).ToArray();
                var target = nodes[(offset / 20) % 2];
                var ok = await TryPostAsync(target, batch);
                if (!ok)
                {
                    Interlocked.Increment(ref retried);
                    await PostUntilAcceptedAsync(b, batch);
                }

                Interlocked.Add(ref acknowledged, batch.Length);
                foreach (var e in batch)
                {
                    sent.AddOrUpdate((string)e["conversationId"]!, 1, (_, n) => n + 1);
                }
            }
        }

        using var reader = await b.UserClientAsync("admin");
        var recovery = Stopwatch.StartNew();
        int applied = 0, duplicated = 0, missing = 0;
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            (applied, duplicated, missing) = await CountAsync(reader, sent);
            if ((missing == 0 && duplicated == 0) || DateTime.UtcNow > deadline)
            {
                break;
            }

            await Task.Delay(1000);
        }

        var alertsResponse = await reader.GetAsync("/api/alerts?storeId=store-cluster&kind=banned.term&limit=1000");
        for (var attempt = 0; attempt < 30 && !alertsResponse.IsSuccessStatusCode; attempt++)
        {
            await Task.Delay(1000);
            alertsResponse = await reader.GetAsync("/api/alerts?storeId=store-cluster&kind=banned.term&limit=1000");
        }

        Assert.True(alertsResponse.IsSuccessStatusCode, $"alerts: {(int)alertsResponse.StatusCode}; survivor output:{Environment.NewLine}{b.RecentOutput()}");
        var alerts = JsonDocument.Parse(await alertsResponse.Content.ReadAsStringAsync()).RootElement
            .EnumerateArray().GroupBy(x => x.GetProperty("conversationId").GetString()).ToDictionary(g => g.Key!, g => g.Count());
        output.WriteLine($"accepted {acknowledged}, applied {applied}, lost {missing}, duplicated {duplicated}, requests retried on the survivor {retried}, " +
                         $"killed at {killedAt?.TotalSeconds:0.0} s, recovered in {recovery.Elapsed.TotalSeconds:0.0} s, " +
                         $"banned.term alerts {alerts.Values.Sum()} for {alerts.Count} conversations");
        Assert.Equal(0, missing);
        Assert.Equal(0, duplicated);
        Assert.Equal(acknowledged, applied);
        Assert.Equal(Conversations, alerts.Count);
        Assert.All(alerts.Values, n => Assert.Equal(1, n));
    }

    private static async Task<bool> TryPostAsync(ServerNode node, object[] batch)
    {
        try
        {
            var response = await node.Http.PostAsJsonAsync("/api/events", batch);
            return response.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private static async Task PostUntilAcceptedAsync(ServerNode node, object[] batch)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            if (await TryPostAsync(node, batch))
            {
                return;
            }

            await Task.Delay(500);
        }

        throw new InvalidOperationException($"The survivor did not accept a batch. Its output:{Environment.NewLine}{node.RecentOutput()}");
    }

    private static async Task<(int Applied, int Duplicated, int Missing)> CountAsync(HttpClient reader, ConcurrentDictionary<string, int> sent)
    {
        int applied = 0, duplicated = 0, missing = 0;
        foreach (var (id, expected) in sent)
        {
            var response = await reader.GetAsync($"/api/conversations/{id}");
            var count = 0;
            if (response.IsSuccessStatusCode)
            {
                var messages = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("messages");
                count = messages.GetArrayLength();
                duplicated += count - messages.EnumerateArray().Select(m => m.GetProperty("eventId").GetString()).Distinct().Count();
            }

            applied += Math.Min(count, expected);
            missing += Math.Max(0, expected - count);
        }

        return (applied, duplicated, missing);
    }
}
