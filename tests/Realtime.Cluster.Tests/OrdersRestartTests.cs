using System.Net.Http.Json;
using System.Text.Json;
using Realtime.Cluster.Tests.Support;
using Realtime.Testing.Redis;

namespace Realtime.Cluster.Tests;

/// <summary>
/// Orders, their attribution and the platform rounds are grain state in Redis: after the only process crashes and a
/// new one starts on the same storage, the credit, the report's 询单转化率 and the platform rate's round are all still there.
/// </summary>
public sealed class OrdersRestartTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    private const string Store = "store-orders-restart";

    [Fact]
    public async Task Orders_attribution_and_platform_rounds_survive_a_crash_and_restart()
    {
        var clusterId = $"{redis.UniquePrefix}-orders";
        var now = DateTimeOffset.UtcNow;
        var at = now.AddMinutes(-10);
        await using (var first = await ServerNode.StartAsync("A", redis.ConnectionString, clusterId))
        {
            using var admin = await first.UserClientAsync("admin");
            await AllDayRuleAsync(admin);
            (await first.Http.PostAsJsonAsync("/api/events", Inquiry(at))).EnsureSuccessStatusCode();
            (await first.Http.PostAsJsonAsync("/api/events", new[]
            {
                Order("created", at.AddMinutes(3)),
                Order("paid", at.AddMinutes(4)),
            })).EnsureSuccessStatusCode();
            await WaitForCreditAsync(admin);
            await WaitForRateAsync(admin);
            await Task.Delay(TimeSpan.FromSeconds(2)); // the rates grain writes at most once a second
            await first.KillAsync();
        }

        // A crashed member counts as gone for joiners once it has missed two 10 s liveness updates.
        await Task.Delay(TimeSpan.FromSeconds(22));
        await using var second = await ServerNode.StartAsync("B", redis.ConnectionString, clusterId);
        using var again = await second.UserClientAsync("admin");

        var credit = await WaitForCreditAsync(again);
        Assert.Equal(("a-restart", 199m, "paid"), (credit.GetProperty("agentId").GetString(), credit.GetProperty("amount").GetDecimal(), credit.GetProperty("status").GetString()));
        string Day(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var report = JsonDocument.Parse(await again.GetStringAsync($"/api/reports/agents?from={Day(at)}&to={Day(now)}&storeId={Store}")).RootElement;
        var conversion = Assert.Single(report.GetProperty("agents").EnumerateArray()).GetProperty("conversion");
        Assert.Equal((1, 1, 100.0, 199m), (conversion.GetProperty("inquiringCustomers").GetInt32(), conversion.GetProperty("payingCustomers").GetInt32(), conversion.GetProperty("inquiryConversionPct").GetDouble(), conversion.GetProperty("sales").GetDecimal()));
        var days = (await WaitForRateAsync(again)).GetProperty("last30Days");
        Assert.Equal((1, 0), (days.GetProperty("met").GetInt32(), days.GetProperty("missed").GetInt32()));
    }

    private static async Task<JsonElement> WaitForCreditAsync(HttpClient reader)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var response = await reader.GetAsync("/api/conversations/restart-c1");
            if (response.IsSuccessStatusCode)
            {
                var orders = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("orders");
                if (orders.GetArrayLength() == 1 && orders[0].GetProperty("status").GetString() == "paid")
                {
                    return orders[0].Clone();
                }
            }

            Assert.True(DateTime.UtcNow < deadline, "the order was not credited to the conversation");
            await Task.Delay(300);
        }
    }

    /// <summary>One all-day tmall rule, so the round counts whatever the hour the test runs at.</summary>
    private static async Task AllDayRuleAsync(HttpClient admin)
    {
        var ruleset = System.Text.Json.Nodes.JsonNode.Parse(await admin.GetStringAsync($"/api/rulesets/{Store}"))!;
        ruleset["platformMetrics"] = System.Text.Json.Nodes.JsonNode.Parse(
            """[{"platform":"tmall","name":"3分钟人工响应率","replyWithinSeconds":180,"window":{"from":"00:00","to":"24:00"},"unit":"round","target":80}]""");
        (await admin.PutAsJsonAsync($"/api/rulesets/{Store}", ruleset)).EnsureSuccessStatusCode();
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // past the ruleset cache's freshness
    }

    private static async Task<JsonElement> WaitForRateAsync(HttpClient reader)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var stores = JsonDocument.Parse(await reader.GetStringAsync($"/api/platform-metrics?storeId={Store}")).RootElement;
            var tmall = stores[0].GetProperty("metrics")[0];
            if (tmall.GetProperty("last30Days").GetProperty("met").GetInt32() > 0)
            {
                return tmall.Clone();
            }

            Assert.True(DateTime.UtcNow < deadline, "the platform round was not counted");
            await Task.Delay(300);
        }
    }

    private static object[] Inquiry(DateTimeOffset at) =>
    [
        Event("restart-c1-start", "conversation.started", at, ("customerId", "k-restart"), ("platform", "tmall")),
        Event("restart-c1-assign", "agent.assigned", at.AddSeconds(1), ("agentId", "a-restart"), ("role", "preSales")),
        Event("restart-c1-q", "message", at.AddSeconds(2), ("customerId", "k-restart"), ("sender", "customer"), ("text", "这款空气炸锅有现货吗")),
        Event("restart-c1-a", "message", at.AddSeconds(20), ("agentId", "a-restart"), ("sender", "agent"), ("text", "亲,有现货的,今天下单明天发货")),
    ];

    private static Dictionary<string, object?> Order(string status, DateTimeOffset at) => new()
    {
        ["eventId"] = $"restart-o1-{status}",
        ["type"] = "order",
        ["occurredAt"] = at.ToString("O"),
        ["orderId"] = "restart-o1",
        ["customerId"] = "k-restart",
        ["storeId"] = Store,
        ["platform"] = "tmall",
        ["status"] = status,
        ["amount"] = 199m,
        ["currency"] = "CNY",
    };

    private static Dictionary<string, object?> Event(string eventId, string type, DateTimeOffset at, params (string Key, object? Value)[] fields)
    {
        var e = new Dictionary<string, object?>
        {
            ["eventId"] = eventId,
            ["type"] = type,
            ["occurredAt"] = at.ToString("O"),
            ["conversationId"] = "restart-c1",
            ["storeId"] = Store,
            ["teamId"] = "售前",
        };
        foreach (var (key, value) in fields)
        {
            e[key] = value;
        }

        return e;
    }
}
