using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Realtime.Cluster.Tests.Support;
using Realtime.Testing.Redis;

namespace Realtime.Cluster.Tests;

/// <summary>Two real server processes on one Redis form one cluster.</summary>
public sealed class ClusterTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    [Fact]
    public async Task Two_processes_form_one_cluster_and_a_client_on_either_gets_every_push()
    {
        var clusterId = $"{redis.UniquePrefix}-form";
        await using var a = await ServerNode.StartAsync("A", redis.ConnectionString, clusterId);
        await using var b = await ServerNode.StartAsync("B", redis.ConnectionString, clusterId);
        await using var hubOnB = await b.ConnectFloorAsync("lead");
        var alerts = new ConcurrentDictionary<string, string>();
        hubOnB.On<JsonElement>("alertRaised", alert => alerts[alert.GetProperty("conversationId").GetString()!] = alert.GetProperty("kind").GetString()!);

        // Ten conversations posted to A: with random placement their grains live on both processes.
        var now = DateTimeOffset.UtcNow;
        var ids = Enumerable.Range(0, 10).Select(i => $"cl-{i}").ToList();
        var batch = ids.Select(id => ClusterEvents.Message(id, $"{id}-1", "agent", "亲,全网最低价哦", now)).ToArray();
        var response = await a.Http.PostAsJsonAsync("/api/events", batch);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (alerts.Count < ids.Count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        Assert.Equal(ids.Order(), alerts.Keys.Order());
        using var readerOnB = await b.UserClientAsync("admin");
        var view = JsonDocument.Parse(await readerOnB.GetStringAsync("/api/conversations/cl-3")).RootElement;
        Assert.Equal(1, view.GetProperty("messages").GetArrayLength());
    }
}
