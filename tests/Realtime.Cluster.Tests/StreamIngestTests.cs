using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Realtime.Cluster.Tests.Support;
using Realtime.Testing.Redis;
using StackExchange.Redis;

namespace Realtime.Cluster.Tests;

/// <summary>Integrators may write to the ingest stream directly; the door deduplicates HTTP retries across processes.</summary>
public sealed class StreamIngestTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    [Fact]
    public async Task Events_written_straight_to_the_stream_are_applied_and_bad_entries_go_to_the_dead_letter_stream()
    {
        var clusterId = $"{redis.UniquePrefix}-direct";
        await using var node = await ServerNode.StartAsync("A", redis.ConnectionString, clusterId);
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        var db = connection.GetDatabase();
        var now = DateTimeOffset.UtcNow;
        var events = JsonSerializer.Serialize(new[]
        {
            ClusterEvents.Message("direct-1", "direct-1-a", "customer", "你好,我要投诉", now),
            ClusterEvents.Message("direct-1", "direct-1-b", "agent", "您好,非常抱歉", now.AddSeconds(5)),
        });

        await db.StreamAddAsync($"{clusterId}:events", [new NameValueEntry("events", events)]);
        await db.StreamAddAsync($"{clusterId}:events", [new NameValueEntry("events", "not json")]);

        using var reader = await node.UserClientAsync("admin");
        var deadline = DateTime.UtcNow.AddSeconds(20);
        HttpResponseMessage response;
        do
        {
            await Task.Delay(300);
            response = await reader.GetAsync("/api/conversations/direct-1");
        }
        while (response.StatusCode == HttpStatusCode.NotFound && DateTime.UtcNow < deadline);

        var view = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(2, view.GetProperty("messages").GetArrayLength());
        Assert.Equal(1, await db.StreamLengthAsync($"{clusterId}:events:dead"));
    }

    [Fact]
    public async Task A_batch_retried_on_another_process_is_counted_as_duplicates()
    {
        var clusterId = $"{redis.UniquePrefix}-dedupe";
        await using var a = await ServerNode.StartAsync("A", redis.ConnectionString, clusterId);
        await using var b = await ServerNode.StartAsync("B", redis.ConnectionString, clusterId);
        var batch = new[] { ClusterEvents.Message("dd-1", "dd-1-a", "customer", "hello", DateTimeOffset.UtcNow) };

        var first = JsonDocument.Parse(await (await a.Http.PostAsJsonAsync("/api/events", batch)).Content.ReadAsStringAsync()).RootElement;
        var retry = JsonDocument.Parse(await (await b.Http.PostAsJsonAsync("/api/events", batch)).Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(1, first.GetProperty("accepted").GetInt32());
        Assert.Equal(0, retry.GetProperty("accepted").GetInt32());
        Assert.Equal(1, retry.GetProperty("duplicates").GetInt32());
    }
}
