using System.Net.Http.Json;
using System.Text.Json;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Sales;

/// <summary>
/// Orders through <c>POST /api/events</c>, credited to the agents who served the inquiries before them, read back on
/// the conversation view. Store default rules: 72 h window, pre-sales role or pre-sales topics are inquiries.
/// </summary>
public sealed class OrderAttributionApiTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    private const string Team = "售前一组";
    private const string Question = "这款衣服有现货吗";

    private static readonly DateTimeOffset T = new DateTimeOffset(Events.Now.UtcDateTime.Date, TimeSpan.Zero).AddDays(-3).AddHours(9);

    [Fact]
    public async Task A_paid_order_is_credited_to_the_agent_who_served_the_inquiry()
    {
        const string store = "store-ord1";
        using var ingest = app.CreateIngestClient();
        await PostAsync(ingest, Orders.Inquiry("ord1-c1", "ord1-u1", T, store, Team, "preSales", Question, "a-ord1-1"));

        var answer = await PostAsync(ingest,
        [
            Orders.Order("ord1-o1-created", "ord1-o1", "ord1-u1", "created", 99.5m, T.AddMinutes(10), store),
            Orders.Order("ord1-o1-paid", "ord1-o1", "ord1-u1", "paid", 99.5m, T.AddMinutes(20), store),
            Orders.Order("ord1-o1-paid", "ord1-o1", "ord1-u1", "paid", 99.5m, T.AddMinutes(20), store),
        ]);

        Assert.Equal(2, answer.GetProperty("accepted").GetInt32());
        Assert.Equal(1, answer.GetProperty("duplicates").GetInt32());
        var order = Assert.Single(await CreditsAsync("ord1-c1"));
        Assert.Equal("ord1-o1", order.GetProperty("orderId").GetString());
        Assert.Equal("a-ord1-1", order.GetProperty("agentId").GetString());
        Assert.Equal(99.5m, order.GetProperty("amount").GetDecimal());
        Assert.Equal("CNY", order.GetProperty("currency").GetString());
        Assert.Equal("paid", order.GetProperty("status").GetString());
        Assert.True(order.GetProperty("counts").GetBoolean());
    }

    [Fact]
    public async Task An_inquiry_that_arrives_after_its_order_is_credited_all_the_same()
    {
        const string store = "store-ord2";
        using var ingest = app.CreateIngestClient();
        await PostAsync(ingest, [Orders.Order("ord2-o1-paid", "ord2-o1", "ord2-u1", "paid", 200m, T.AddHours(1), store)]);

        await PostAsync(ingest, Orders.Inquiry("ord2-c1", "ord2-u1", T.AddMinutes(30), store, Team, "preSales", Question, "a-ord2-1"));

        var order = Assert.Single(await CreditsAsync("ord2-c1"));
        Assert.Equal("a-ord2-1", order.GetProperty("agentId").GetString());
        Assert.True(order.GetProperty("counts").GetBoolean());
    }

    [Fact]
    public async Task A_transferred_inquiry_credits_its_last_human_agent()
    {
        const string store = "store-ord3";
        using var ingest = app.CreateIngestClient();
        await PostAsync(ingest, Orders.Inquiry("ord3-c1", "ord3-u1", T, store, Team, "preSales", Question, "a-ord3-1", "a-ord3-2"));

        await PostAsync(ingest, [Orders.Order("ord3-o1-paid", "ord3-o1", "ord3-u1", "paid", 300m, T.AddHours(1), store)]);

        Assert.Equal("a-ord3-2", Assert.Single(await CreditsAsync("ord3-c1")).GetProperty("agentId").GetString());
    }

    [Fact]
    public async Task A_refund_reverses_the_credit_even_when_it_arrives_before_the_payment()
    {
        const string store = "store-ord4";
        using var ingest = app.CreateIngestClient();
        await PostAsync(ingest, Orders.Inquiry("ord4-c1", "ord4-u1", T, store, Team, "preSales", Question, "a-ord4-1"));

        await PostAsync(ingest, [Orders.Order("ord4-o1-refunded", "ord4-o1", "ord4-u1", "refunded", null, T.AddDays(1), store)]);
        await PostAsync(ingest, [Orders.Order("ord4-o1-paid", "ord4-o1", "ord4-u1", "paid", 400m, T.AddHours(2), store)]);

        var order = Assert.Single(await CreditsAsync("ord4-c1"));
        Assert.Equal("refunded", order.GetProperty("status").GetString());
        Assert.Equal(400m, order.GetProperty("amount").GetDecimal());
        Assert.False(order.GetProperty("counts").GetBoolean());
        Assert.Equal(T.AddDays(1), order.GetProperty("refundedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Payments_outside_the_window_before_or_after_the_inquiry_are_not_credited()
    {
        const string store = "store-ord5";
        using var ingest = app.CreateIngestClient();
        await PostAsync(ingest, Orders.Inquiry("ord5-c1", "ord5-u1", T, store, Team, "preSales", Question, "a-ord5-1"));

        await PostAsync(ingest,
        [
            Orders.Order("ord5-late-paid", "ord5-late", "ord5-u1", "paid", 10m, T.AddHours(72).AddMinutes(1), store),
            Orders.Order("ord5-early-paid", "ord5-early", "ord5-u1", "paid", 10m, T.AddMinutes(-1), store),
            Orders.Order("ord5-in-paid", "ord5-in", "ord5-u1", "paid", 10m, T.AddHours(71), store),
        ]);

        Assert.Equal(["ord5-in"], (await CreditsAsync("ord5-c1")).Select(o => o.GetProperty("orderId").GetString()));
    }

    [Fact]
    public async Task An_after_sales_conversation_without_pre_sales_topics_is_no_inquiry()
    {
        const string store = "store-ord6";
        using var ingest = app.CreateIngestClient();
        await PostAsync(ingest, Orders.Inquiry("ord6-c1", "ord6-u1", T, store, Team, "afterSales", "我的快递三天了还没到", "a-ord6-1"));

        await PostAsync(ingest, [Orders.Order("ord6-o1-paid", "ord6-o1", "ord6-u1", "paid", 10m, T.AddHours(1), store)]);

        Assert.Empty(await CreditsAsync("ord6-c1"));
    }

    [Fact]
    public async Task A_later_inquiry_takes_the_credit_from_an_earlier_one()
    {
        const string store = "store-ord7";
        using var ingest = app.CreateIngestClient();
        await PostAsync(ingest, Orders.Inquiry("ord7-c1", "ord7-u1", T, store, Team, "preSales", Question, "a-ord7-1"));
        await PostAsync(ingest, [Orders.Order("ord7-o1-paid", "ord7-o1", "ord7-u1", "paid", 10m, T.AddHours(3), store)]);
        Assert.Single(await CreditsAsync("ord7-c1"));

        await PostAsync(ingest, Orders.Inquiry("ord7-c2", "ord7-u1", T.AddHours(2), store, Team, "preSales", Question, "a-ord7-2"));

        Assert.Empty(await CreditsAsync("ord7-c1"));
        Assert.Equal("a-ord7-2", Assert.Single(await CreditsAsync("ord7-c2")).GetProperty("agentId").GetString());
    }

    [Theory]
    [InlineData("""{"eventId":"v1","type":"order","occurredAt":"2026-11-22T08:00:00Z","customerId":"u","status":"paid","amount":1,"currency":"CNY"}""", "orderId: required on order")]
    [InlineData("""{"eventId":"v2","type":"order","occurredAt":"2026-11-22T08:00:00Z","orderId":"o","status":"paid","amount":1,"currency":"CNY"}""", "customerId: required on order")]
    [InlineData("""{"eventId":"v3","type":"order","occurredAt":"2026-11-22T08:00:00Z","orderId":"o","customerId":"u","status":"shipped","amount":1,"currency":"CNY"}""", "status: 'shipped' is not one of")]
    [InlineData("""{"eventId":"v4","type":"order","occurredAt":"2026-11-22T08:00:00Z","orderId":"o","customerId":"u","status":"paid","currency":"CNY"}""", "amount: required on a paid order")]
    [InlineData("""{"eventId":"v5","type":"order","occurredAt":"2026-11-22T08:00:00Z","orderId":"o","customerId":"u","status":"paid","amount":-1,"currency":"CNY"}""", "amount: -1 is outside")]
    [InlineData("""{"eventId":"v6","type":"order","occurredAt":"2026-11-22T08:00:00Z","orderId":"o","customerId":"u","status":"paid","amount":"12","currency":"CNY"}""", "amount: must be a decimal number")]
    [InlineData("""{"eventId":"v7","type":"order","occurredAt":"2026-11-22T08:00:00Z","orderId":"o","customerId":"u","status":"paid","amount":1,"currency":"rmb"}""", "currency: 'rmb' is not an ISO 4217 code")]
    [InlineData("""{"eventId":"v8","type":"order","occurredAt":"2026-11-22T08:00:00Z","orderId":"o","customerId":"u","status":"paid","amount":1,"currency":"CNY","items":[{"sku":"s1","quantity":0,"price":1}]}""", "items[0].quantity: must be an integer ≥ 1")]
    [InlineData("""{"eventId":"v9","type":"order","occurredAt":"2026-11-22T08:00:00Z","orderId":"o","customerId":"u","status":"paid","amount":1,"currency":"CNY","items":{"sku":"s1"}}""", "items: must be an array, not object")]
    public async Task A_bad_order_is_rejected_naming_the_field(string json, string error)
    {
        using var ingest = app.CreateIngestClient();

        using var response = await ingest.PostAsync("/api/events", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(0, body.GetProperty("accepted").GetInt32());
        Assert.Contains(error, Assert.Single(body.GetProperty("rejected").EnumerateArray()).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_order_with_items_and_no_conversation_is_accepted()
    {
        using var ingest = app.CreateIngestClient();
        const string json = """{"eventId":"ok-items","type":"order","occurredAt":"2026-11-22T08:00:00Z","orderId":"o-items","customerId":"u-items","status":"created","amount":25.80,"currency":"CNY","items":[{"sku":"s1","name":"T恤","quantity":2,"price":12.9}]}""";

        using var response = await ingest.PostAsync("/api/events", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(1, body.GetProperty("accepted").GetInt32());
    }

    private static async Task<JsonElement> PostAsync(HttpClient ingest, IEnumerable<object> events)
    {
        using var response = await ingest.PostAsJsonAsync("/api/events", events.ToArray());
        response.EnsureSuccessStatusCode();
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Empty(body.GetProperty("rejected").EnumerateArray());
        return body;
    }

    private async Task<List<JsonElement>> CreditsAsync(string conversationId)
    {
        using var qa = await app.CreateUserClientAsync("qa");
        var view = JsonDocument.Parse(await qa.GetStringAsync($"/api/conversations/{conversationId}")).RootElement;
        return [.. view.GetProperty("orders").EnumerateArray()];
    }
}
