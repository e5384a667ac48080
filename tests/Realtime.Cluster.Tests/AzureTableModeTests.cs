using System.Net.Http.Json;
using System.Text.Json;
using Realtime.Cluster.Tests.Support;
using Realtime.Testing.Azurite;
using Realtime.Testing.Redis;

namespace Realtime.Cluster.Tests;

/// <summary>Grain state in Azure Table Storage (Azurite): a conversation, its alert and its customer's contact history survive a whole-cluster restart.</summary>
public sealed class AzureTableModeTests(RedisServerFixture redis, AzuriteFixture azurite) : IClassFixture<RedisServerFixture>, IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task State_and_contact_history_survive_a_restart_of_every_process()
    {
        var clusterId = $"{redis.UniquePrefix}-azure";
        string[] storage = ["--Storage:Provider=AzureTable", $"--AzureTable:ConnectionString={azurite.ConnectionString}"];
        var now = DateTimeOffset.UtcNow;
        await using (var first = await ServerNode.StartAsync("A", redis.ConnectionString, clusterId, storage))
        {
            var response = await first.Http.PostAsJsonAsync("/api/events", new[]
            {
                ClusterEvents.Message("az-1", "az-1-a", "customer", "衣服有质量问题", now),
                ClusterEvents.Message("az-1", "az-1-b", "agent", "全网最低价,不退", now.AddSeconds(4)),
            });
            response.EnsureSuccessStatusCode();
            using var reader = await first.UserClientAsync("admin");
            await WaitForMessagesAsync(reader, 2);
            await first.KillAsync();
        }

        // A crashed member counts as gone for joiners once it has missed two 10 s liveness updates.
        await Task.Delay(TimeSpan.FromSeconds(22));
        await using var second = await ServerNode.StartAsync("B", redis.ConnectionString, clusterId, storage);
        using var again = await second.UserClientAsync("admin");
        var view = await WaitForMessagesAsync(again, 2);
        Assert.Contains(view.GetProperty("alerts").EnumerateArray(), a => a.GetProperty("kind").GetString() == "banned.term");
        var customer = JsonDocument.Parse(await again.GetStringAsync("/api/customers/az-1-cust")).RootElement;
        Assert.Equal("az-1", customer.GetProperty("contacts")[0].GetProperty("conversationId").GetString());
    }

    private static async Task<JsonElement> WaitForMessagesAsync(HttpClient reader, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var response = await reader.GetAsync("/api/conversations/az-1");
            if (response.IsSuccessStatusCode)
            {
                var view = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
                if (view.GetProperty("messages").GetArrayLength() == count)
                {
                    return view;
                }
            }

            Assert.True(DateTime.UtcNow < deadline, $"conversation az-1 did not reach {count} messages");
            await Task.Delay(300);
        }
    }
}
