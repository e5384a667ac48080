using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Sales;

/// <summary>
/// A hand-computed fixture of three pre-sales agents, two teams and two days, read back from the evaluation report
/// (JSON and CSV) and the agent view. Day 0 is three days ago, day 1 the day after.
/// </summary>
public sealed class ConversionReportApiTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    private const string Store = "store-conv";
    private const string Team1 = "售前一组";
    private const string Team2 = "售前二组";
    private const string Question = "这款衣服有现货吗";

    private static readonly DateTimeOffset Day0 = new DateTimeOffset(Events.Now.UtcDateTime.Date, TimeSpan.Zero).AddDays(-3).AddHours(9);

    [Fact]
    public async Task Report_counts_inquiries_orders_payments_sales_and_refunds_per_agent_team_store_and_platform()
    {
        await PlayAsync();
        using var qa = await app.CreateUserClientAsync("qa");

        var report = JsonDocument.Parse(await qa.GetStringAsync(Url())).RootElement;

        var agents = report.GetProperty("agents").EnumerateArray().ToDictionary(r => r.GetProperty("agentId").GetString()!);
        AssertFigures(agents["a-conv-1"], served: 3, inquiring: 3, ordering: 2, paying: 2, conversion: 66.7, sameDay: 33.3, nextDay: 33.3, sales: 150, perCustomer: 75, paidOrders: 2, refund: 0);
        AssertFigures(agents["a-conv-2"], served: 2, inquiring: 2, ordering: 1, paying: 0, conversion: 0, sameDay: 0, nextDay: 0, sales: 0, perCustomer: null, paidOrders: 1, refund: 100);
        AssertFigures(agents["a-conv-3"], served: 2, inquiring: 2, ordering: 2, paying: 2, conversion: 100, sameDay: 100, nextDay: 0, sales: 230, perCustomer: 115, paidOrders: 3, refund: 0);
        var teams = report.GetProperty("teams").EnumerateArray().ToDictionary(r => r.GetProperty("teamId").GetString()!);
        AssertFigures(teams[Team1], served: 4, inquiring: 4, ordering: 3, paying: 2, conversion: 50, sameDay: 25, nextDay: 25, sales: 150, perCustomer: 75, paidOrders: 3, refund: 33.3);
        AssertFigures(teams[Team2], served: 2, inquiring: 2, ordering: 2, paying: 2, conversion: 100, sameDay: 100, nextDay: 0, sales: 230, perCustomer: 115, paidOrders: 3, refund: 0);
        var store = Assert.Single(report.GetProperty("stores").EnumerateArray());
        AssertFigures(store, served: 6, inquiring: 6, ordering: 5, paying: 4, conversion: 66.7, sameDay: 50, nextDay: 16.7, sales: 380, perCustomer: 95, paidOrders: 6, refund: 16.7);
        var platform = Assert.Single(report.GetProperty("platforms").EnumerateArray());
        Assert.Equal("tmall", platform.GetProperty("platform").GetString());
        AssertFigures(platform, served: 6, inquiring: 6, ordering: 5, paying: 4, conversion: 66.7, sameDay: 50, nextDay: 16.7, sales: 380, perCustomer: 95, paidOrders: 6, refund: 16.7);
        Assert.Equal("CNY", store.GetProperty("conversion").GetProperty("currency").GetString());

        // Pre-sales agents' conversion dimension: 100 × their rate ÷ the store's 66.7 %, at most 100.
        Assert.Equal(100, Conversion(agents["a-conv-1"]));
        Assert.Equal(0, Conversion(agents["a-conv-2"]));
        Assert.Equal(100, Conversion(agents["a-conv-3"]));
    }

    [Fact]
    public async Task A_store_target_replaces_the_store_average_as_the_conversion_reference()
    {
        await PlayAsync();
        using var qa = await app.CreateUserClientAsync("qa");
        using var admin = await app.CreateUserClientAsync("admin");
        var ruleset = JsonDocument.Parse(await admin.GetStringAsync($"/api/rulesets/{Store}-target")).RootElement;
        var edited = System.Text.Json.Nodes.JsonNode.Parse(ruleset.GetRawText())!;
        edited["conversion"]!["targetConversionPct"] = 80;
        (await admin.PutAsJsonAsync($"/api/rulesets/{Store}-target", edited)).EnsureSuccessStatusCode();
        await PlayAsync($"{Store}-target");

        var report = JsonDocument.Parse(await qa.GetStringAsync(Url($"{Store}-target"))).RootElement;

        var agents = report.GetProperty("agents").EnumerateArray().ToDictionary(r => r.GetProperty("agentId").GetString()!);
        Assert.Equal(83.4, Conversion(agents["a-conv-1"])); // 66.7 ÷ 80
        Assert.Equal(100, Conversion(agents["a-conv-3"]));
    }

    [Fact]
    public async Task Csv_carries_the_conversion_columns()
    {
        await PlayAsync();
        using var qa = await app.CreateUserClientAsync("qa");
        using var request = new HttpRequestMessage(HttpMethod.Get, Url());
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        using var response = await qa.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var row = lines.Single(l => l.StartsWith("agent,a-conv-1,", StringComparison.Ordinal)).Split(',');
        Assert.Equal("66.7", row[Array.IndexOf(header, "inquiryConversionPct")]);
        Assert.Equal("150", row[Array.IndexOf(header, "sales")]);
        Assert.Equal("75", row[Array.IndexOf(header, "salesPerCustomer")]);
        Assert.Equal("3", row[Array.IndexOf(header, "inquiringCustomers")]);
        var platformRow = lines.Single(l => l.StartsWith("platform,", StringComparison.Ordinal)).Split(',');
        Assert.Equal("tmall", platformRow[Array.IndexOf(header, "platform")]);
    }

    [Fact]
    public async Task The_agent_view_shows_todays_conversion()
    {
        const string store = "store-conv-today";
        var now = Events.Now;
        var start = now.AddMinutes(-20) < new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero) ? now : now.AddMinutes(-20);
        using var ingest = app.CreateIngestClient();
        await PostAsync(ingest, Orders.Inquiry("convt-c1", "convt-u1", start, store, Team1, "preSales", Question, "a-convt-1"));
        await PostAsync(ingest, [Orders.Order("convt-o1-paid", "convt-o1", "convt-u1", "paid", 66m, start.AddMinutes(6), store)]);
        using var qa = await app.CreateUserClientAsync("qa");

        var view = JsonDocument.Parse(await qa.GetStringAsync("/api/agents/a-convt-1")).RootElement;

        var today = view.GetProperty("todayConversion");
        Assert.Equal(1, today.GetProperty("inquiringCustomers").GetInt32());
        Assert.Equal(1, today.GetProperty("payingCustomers").GetInt32());
        Assert.Equal(100, today.GetProperty("inquiryConversionPct").GetDouble());
        Assert.Equal(66m, today.GetProperty("sales").GetDecimal());
    }

    /// <summary>
    /// Day 0: a1 serves u1 (pays 100 the same day), u2 (orders, pays 50 on day 1) and u3 (no order); a2 serves u4
    /// (pays 300, refunded on day 1) in team 1. In team 2, u5 is transferred from a2 to a3 and pays 80; a3 serves u6,
    /// who pays 120 and 30. Played once per store: repeated events are duplicates and change nothing.
    /// </summary>
    private async Task PlayAsync(string store = Store)
    {
        using var ingest = app.CreateIngestClient();
        string C(string name) => $"{store}-{name}";
        await PostAsync(ingest,
        [
            .. Orders.Inquiry(C("c1"), C("u1"), Day0, store, Team1, "preSales", Question, "a-conv-1"),
            .. Orders.Inquiry(C("c2"), C("u2"), Day0, store, Team1, "preSales", Question, "a-conv-1"),
            .. Orders.Inquiry(C("c3"), C("u3"), Day0, store, Team1, "preSales", Question, "a-conv-1"),
            .. Orders.Inquiry(C("c4"), C("u4"), Day0, store, Team1, "preSales", Question, "a-conv-2"),
            .. Orders.Inquiry(C("c5"), C("u5"), Day0, store, Team2, "preSales", Question, "a-conv-2", "a-conv-3"),
            .. Orders.Inquiry(C("c6"), C("u6"), Day0, store, Team2, "preSales", Question, "a-conv-3"),
        ]);
        await PostAsync(ingest,
        [
            Orders.Order(C("o1-paid"), C("o1"), C("u1"), "paid", 100m, Day0.AddHours(1), store),
            Orders.Order(C("o2-created"), C("o2"), C("u2"), "created", 50m, Day0.AddMinutes(30), store),
            Orders.Order(C("o2-paid"), C("o2"), C("u2"), "paid", 50m, Day0.AddDays(1), store),
            Orders.Order(C("o4-paid"), C("o4"), C("u4"), "paid", 300m, Day0.AddHours(3), store),
            Orders.Order(C("o4-refunded"), C("o4"), C("u4"), "refunded", null, Day0.AddDays(1), store),
            Orders.Order(C("o5-paid"), C("o5"), C("u5"), "paid", 80m, Day0.AddHours(2), store),
            Orders.Order(C("o6-paid"), C("o6"), C("u6"), "paid", 120m, Day0.AddHours(4), store),
            Orders.Order(C("o6b-paid"), C("o6b"), C("u6"), "paid", 30m, Day0.AddHours(5), store),
        ]);
    }

    private static double Conversion(JsonElement row) => row.GetProperty("dimensionAverages").GetProperty("conversion").GetDouble();

    private static string Url(string store = Store) =>
        $"/api/reports/agents?from={Day(Day0)}&to={Day(Day0.AddDays(1))}&storeId={store}";

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static void AssertFigures(
        JsonElement row, int served, int inquiring, int ordering, int paying, double conversion, double sameDay, double nextDay,
        decimal sales, decimal? perCustomer, int paidOrders, double refund)
    {
        var c = row.GetProperty("conversion");
        Assert.Equal(
            (served, inquiring, ordering, paying, conversion, sameDay, nextDay, sales, perCustomer, paidOrders, refund),
            (c.GetProperty("servedCustomers").GetInt32(), c.GetProperty("inquiringCustomers").GetInt32(),
             c.GetProperty("orderingCustomers").GetInt32(), c.GetProperty("payingCustomers").GetInt32(),
             c.GetProperty("inquiryConversionPct").GetDouble(), c.GetProperty("sameDayPaymentPct").GetDouble(),
             c.GetProperty("nextDayPaymentPct").GetDouble(), c.GetProperty("sales").GetDecimal(),
             c.TryGetProperty("salesPerCustomer", out var perPaying) && perPaying.ValueKind != JsonValueKind.Null ? perPaying.GetDecimal() : null,
             c.GetProperty("paidOrders").GetInt32(), c.GetProperty("refundRatePct").GetDouble()));
    }

    private static async Task PostAsync(HttpClient ingest, IEnumerable<object> events)
    {
        using var response = await ingest.PostAsJsonAsync("/api/events", events.ToArray());
        response.EnsureSuccessStatusCode();
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Empty(body.GetProperty("rejected").EnumerateArray());
    }
}
