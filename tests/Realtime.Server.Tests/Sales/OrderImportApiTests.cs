using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Realtime.Contracts.Import;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Sales;

/// <summary>Orders arrive through <c>POST /api/import</c> too, as JSONL events or CSV rows, and are credited like live ones.</summary>
public sealed class OrderImportApiTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    private const string Store = "store-imp-orders";
    private static readonly DateTimeOffset T0 = new DateTimeOffset(Events.Now.UtcDateTime.Date, TimeSpan.Zero).AddDays(-2).AddHours(3);

    [Fact]
    public async Task Jsonl_orders_with_items_are_credited_to_the_imported_inquiry()
    {
        var lines = Orders.Inquiry("imp-o-1", "k-imp-1", T0, Store, "售前", "preSales", "这款有现货吗", "a-imp-1")
            .Append(Orders.Order("imp-o-1-created", "o-imp-1", "k-imp-1", "created", 258m, T0.AddMinutes(10), Store))
            .Append(WithItems(Orders.Order("imp-o-1-paid", "o-imp-1", "k-imp-1", "paid", 258m, T0.AddMinutes(12), Store)))
            .Select(e => JsonSerializer.Serialize(e));

        var result = await ImportAsync(Encoding.UTF8.GetBytes(string.Join('\n', lines)), "application/x-ndjson");

        Assert.Equal(("completed", 0), (result.Status, result.Rejected));
        var order = Assert.Single(await CreditsAsync("imp-o-1"));
        Assert.Equal(("o-imp-1", "a-imp-1", 258m, "paid"), (order.GetProperty("orderId").GetString(), order.GetProperty("agentId").GetString(), order.GetProperty("amount").GetDecimal(), order.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Csv_order_rows_need_no_conversation_and_a_bad_amount_is_rejected_by_column()
    {
        var csv = "type,conversation_id,occurred_at,sender,agent_id,customer_id,text,store_id,team_id,platform,role,order_id,status,amount,currency\n" +
            $"conversation.started,imp-o-2,{At(0)},,,k-imp-2,,{Store},售前,tmall,,,,,\n" +
            $"message,imp-o-2,{At(1)},customer,,k-imp-2,这款保温杯有优惠吗,{Store},售前,tmall,,,,,\n" +
            $"agent.assigned,imp-o-2,{At(2)},,a-imp-2,,,{Store},售前,tmall,preSales,,,,\n" +
            $"message,imp-o-2,{At(5)},agent,a-imp-2,,\"亲,今天下单立减20元\",{Store},售前,tmall,,,,\n" +
            $",,{At(600)},,,k-imp-2,,{Store},,tmall,,o-imp-2,created,129.00,CNY\n" +
            $",,{At(660)},,,k-imp-2,,{Store},,tmall,,o-imp-2,paid,129.00,CNY\n" +
            $",,{At(700)},,,k-imp-2,,{Store},,tmall,,o-imp-3,paid,12x,CNY\n";

        var result = await ImportAsync(Encoding.UTF8.GetBytes(csv), "text/csv");

        Assert.Equal((6, 1), (result.Accepted, result.Rejected));
        Assert.Contains(result.Errors, e => e.Line == 8 && e.Error.StartsWith("amount", StringComparison.Ordinal));
        var order = Assert.Single(await CreditsAsync("imp-o-2"));
        Assert.Equal(("o-imp-2", "a-imp-2", 129m, "paid"), (order.GetProperty("orderId").GetString(), order.GetProperty("agentId").GetString(), order.GetProperty("amount").GetDecimal(), order.GetProperty("status").GetString()));

        var again = await ImportAsync(Encoding.UTF8.GetBytes(csv), "text/csv");
        Assert.Equal(0, again.Accepted);
    }

    private static string At(int seconds) => T0.AddSeconds(seconds).ToString("O");

    private static Dictionary<string, object?> WithItems(Dictionary<string, object?> order)
    {
        order["items"] = new[] { new { sku = "CUP-500", name = "保温杯", quantity = 2, price = 129m } };
        return order;
    }

    private async Task<ImportProgress> ImportAsync(byte[] body, string contentType)
    {
        using var client = app.CreateIngestClient();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new(contentType);
        var response = await client.PostAsync("/api/import", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ImportProgress>())!;
    }

    private async Task<List<JsonElement>> CreditsAsync(string conversationId)
    {
        using var qa = await app.CreateUserClientAsync("qa");
        var view = JsonDocument.Parse(await qa.GetStringAsync($"/api/conversations/{conversationId}")).RootElement;
        return [.. view.GetProperty("orders").EnumerateArray()];
    }
}
