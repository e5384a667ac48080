using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Realtime.Cluster.Tests.Support;
using Realtime.Testing.Azurite;
using Realtime.Testing.Redis;
using Xunit.Abstractions;

namespace Realtime.Cluster.Tests;

/// <summary>
/// Grain state in Azure Table Storage (Azurite) through Orleans' provider: a conversation, its alert, its customer's
/// contact history, a 2,000-message conversation and ids with '/', '#' and '?' (read back over Kestrel, apart from the id
/// with '_' in their place) survive a whole-cluster restart.
/// </summary>
public sealed class AzureTableModeTests(RedisServerFixture redis, AzuriteFixture azurite, ITestOutputHelper output)
    : IClassFixture<RedisServerFixture>, IClassFixture<AzuriteFixture>
{
    private const int LongConversationMessages = 2_000;
    private const string SlashId = "az/slash#1?x";
    private const string UnderscoreId = "az_slash_1_x";

    [Fact]
    public async Task State_and_contact_history_survive_a_restart_of_every_process()
    {
        var clusterId = $"{redis.UniquePrefix}-azure";
        var table = AzuriteFixture.UniqueTableName("state");
        string[] storage =
        [
            "--Storage:Provider=AzureTable", $"--AzureTable:ConnectionString={azurite.ConnectionString}", $"--AzureTable:TableName={table}",
        ];
        var now = DateTimeOffset.UtcNow;
        await using (var first = await ServerNode.StartAsync("A", redis.ConnectionString, clusterId, storage))
        {
            var response = await first.Http.PostAsJsonAsync("/api/events", new[]
            {
                ClusterEvents.Message("az-1", "az-1-a", "customer", "衣服有质量问题", now),
                ClusterEvents.Message("az-1", "az-1-b", "agent", "全网最低价,不退", now.AddSeconds(4)),
            });
            response.EnsureSuccessStatusCode();
            (await first.Http.PostAsJsonAsync("/api/events", LongConversation(now))).EnsureSuccessStatusCode();
            // Ids the provider alone would store in one row ('/', '#', '?' → '_'), read back below over Kestrel.
            (await first.Http.PostAsJsonAsync("/api/events", new[]
            {
                ClusterEvents.Message(SlashId, "az-slash-a", "customer", "slash", now),
                ClusterEvents.Message(UnderscoreId, "az-underscore-a", "customer", "underscore", now),
            })).EnsureSuccessStatusCode();
            using var reader = await first.UserClientAsync("admin");
            await WaitForMessagesAsync(reader, "az-1", 2);
            await WaitForMessagesAsync(reader, "az-long", LongConversationMessages);
            await WaitForMessagesAsync(reader, SlashId, 1);
            await WaitForMessagesAsync(reader, UnderscoreId, 1);
            await first.KillAsync();
        }

        await ReportStateSizesAsync(table);

        // A crashed member counts as gone for joiners once it has missed two 10 s liveness updates.
        await Task.Delay(TimeSpan.FromSeconds(22));
        await using var second = await ServerNode.StartAsync("B", redis.ConnectionString, clusterId, storage);
        using var again = await second.UserClientAsync("admin");
        var view = await WaitForMessagesAsync(again, "az-1", 2);
        Assert.Contains(view.GetProperty("alerts").EnumerateArray(), a => a.GetProperty("kind").GetString() == "banned.term");
        var customer = JsonDocument.Parse(await again.GetStringAsync("/api/customers/az-1-cust")).RootElement;
        Assert.Equal("az-1", customer.GetProperty("contacts")[0].GetProperty("conversationId").GetString());
        var longView = await WaitForMessagesAsync(again, "az-long", LongConversationMessages);
        var texts = longView.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("text").GetString()).ToList();
        Assert.Equal(Enumerable.Range(0, LongConversationMessages).Select(Text), texts);
        Assert.Equal("slash", (await WaitForMessagesAsync(again, SlashId, 1)).GetProperty("messages")[0].GetProperty("text").GetString());
        Assert.Equal("underscore", (await WaitForMessagesAsync(again, UnderscoreId, 1)).GetProperty("messages")[0].GetProperty("text").GetString());
        var slashCustomer = JsonDocument.Parse(await again.GetStringAsync($"/api/customers/{Uri.EscapeDataString(SlashId + "-cust")}")).RootElement;
        Assert.Equal(SlashId, slashCustomer.GetProperty("contacts")[0].GetProperty("conversationId").GetString());
    }

    private static Dictionary<string, object?>[] LongConversation(DateTimeOffset start) =>
        [.. Enumerable.Range(0, LongConversationMessages).Select(i => ClusterEvents.Message(
            "az-long", $"az-long-{i}", i % 2 == 0 ? "customer" : "agent", Text(i), start.AddSeconds(i)))];

    private static string Text(int i) => i % 2 == 0
        ? $"第{i}条:我的快递三天了还没到,订单号 {100000 + i},请帮我查一下物流"
        : $"Reply {i}: sorry for the wait, the parcel left the warehouse today and should arrive within two days.";

    /// <summary>Prints the largest serialised state per state name, as the provider stored it.</summary>
    private async Task ReportStateSizesAsync(string table)
    {
        var client = new TableClient(azurite.ConnectionString, table);
        var largest = new Dictionary<string, (int Bytes, string Key)>();
        await foreach (var row in client.QueryAsync<TableEntity>())
        {
            var bytes = row.Where(p => p.Key.StartsWith("Data", StringComparison.Ordinal)).Sum(p => (p.Value as byte[])?.Length ?? 0);
            if (!largest.TryGetValue(row.RowKey, out var seen) || bytes > seen.Bytes)
            {
                largest[row.RowKey] = (bytes, row.PartitionKey);
            }
        }

        foreach (var (state, (bytes, key)) in largest.OrderByDescending(p => p.Value.Bytes))
        {
            output.WriteLine($"{state}: {bytes:N0} bytes ({key})");
        }

        Assert.True(largest["conversation"].Bytes < 15 * 64 * 1024);
    }

    private static async Task<JsonElement> WaitForMessagesAsync(HttpClient reader, string conversationId, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var response = await reader.GetAsync($"/api/conversations/{Uri.EscapeDataString(conversationId)}");
            if (response.IsSuccessStatusCode)
            {
                var view = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
                if (view.GetProperty("messages").GetArrayLength() == count)
                {
                    return view;
                }
            }

            Assert.True(DateTime.UtcNow < deadline, $"conversation {conversationId} did not reach {count} messages");
            await Task.Delay(300);
        }
    }
}
