using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Realtime.Contracts.Import;
using Realtime.Server.Tests.Support;
using Xunit.Abstractions;

namespace Realtime.Server.Tests.Import;

public sealed class ImportApiTests(RealtimeAppFactory app, ITestOutputHelper output) : IClassFixture<RealtimeAppFactory>
{
    private const string Header = "conversation_id,occurred_at,sender,agent_id,customer_id,text,store_id,team_id,platform,channel";

    [Fact]
    public async Task Csv_in_utf8_with_bom_keeps_chinese_text()
    {
        var csv = Header + "\r\n" +
            "imp-bom,2026-10-01 09:00:00,customer,,u-bom,\"你好,我的快递三天了还没到\",store-imp,team-a,tmall,chat\r\n" +
            "imp-bom,2026-10-01 09:00:20,agent,a-bom,,\"亲,您好!马上为您查询\",store-imp,team-a,tmall,chat\r\n";
        var body = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();

        var result = await ImportAsync(body, "text/csv", "?tz=%2B08:00");

        Assert.Equal(("completed", 2, 0), (result.Status, result.Accepted, result.Rejected));
        Assert.Equal("utf-8", result.Encoding);
        var texts = await TextsAsync("imp-bom");
        Assert.Equal(["你好,我的快递三天了还没到", "亲,您好!马上为您查询"], texts);
    }

    [Fact]
    public async Task Csv_in_gb18030_keeps_chinese_text()
    {
        var gb18030 = ImportEncoding.Named("GB18030");
        var csv = Header + "\n" +
            "imp-gb,2026-10-02T10:00:00+08:00,customer,,u-gb,衣服质量太差了，我要退货,store-imp,,taobao,chat\n" +
            "imp-gb,2026-10-02T10:00:30+08:00,agent,a-gb,,\"亲，非常抱歉\n我们马上处理\",store-imp,,taobao,chat\n";

        var result = await ImportAsync(gb18030.GetBytes(csv), "text/csv");

        Assert.Equal(("completed", 2), (result.Status, result.Accepted));
        Assert.Equal("gb18030", result.Encoding);
        Assert.Equal(["衣服质量太差了，我要退货", "亲，非常抱歉\n我们马上处理"], await TextsAsync("imp-gb"));
    }

    [Fact]
    public async Task A_jsonl_line_with_an_unpaired_surrogate_escape_is_rejected_alone()
    {
        var valid = """{"eventId":"imp-sur-1","type":"message","occurredAt":"2026-10-03T10:00:00Z","conversationId":"imp-sur","storeId":"store-imp","customerId":"u-sur","sender":"customer","text":"hi"}""";
        var body = """{"\udb0b":1,"turns":[]}""" + "\n" + valid + "\n";

        var result = await ImportAsync(Encoding.UTF8.GetBytes(body), "application/x-ndjson");

        Assert.Equal((1, 1), (result.Accepted, result.Rejected));
        Assert.Contains(result.Errors, e => e.Line == 1 && e.Error.Contains("Unicode", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bad_rows_are_rejected_with_their_line_and_the_rest_is_kept()
    {
        var csv = Header + "\n" +
            "imp-bad,2026-10-03T10:00:00Z,customer,,u-bad,hello,store-imp,,web,chat\n" +
            "imp-bad,yesterday,customer,,u-bad,hello again,store-imp,,web,chat\n" +
            "imp-bad,2026-10-03T10:01:00Z,robot,,u-bad,hi,store-imp,,web,chat\n";

        var result = await ImportAsync(Encoding.UTF8.GetBytes(csv), "text/csv");

        Assert.Equal((1, 2), (result.Accepted, result.Rejected));
        Assert.Contains(result.Errors, e => e.Line == 3 && e.Error.StartsWith("occurred_at", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Line == 4 && e.Error.Contains("sender", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Csv_without_the_required_columns_is_a_400()
    {
        using var client = app.CreateIngestClient();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("id,when,what\n1,2,3\n"));
        content.Headers.ContentType = new("text/csv");

        var response = await client.PostAsync("/api/import", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("conversation_id", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_without_the_api_key_is_a_401()
    {
        using var client = app.CreateClient();
        var response = await client.PostAsync("/api/import", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Imported_history_is_scored_but_raises_no_live_alert()
    {
        var lines = new[]
        {
            Line(Events.Started("imp-quiet", "u-quiet", Events.Now.AddDays(-3))),
            Line(Events.Customer("imp-quiet", "u-quiet", "imp-quiet-1", "再不处理我就去12315投诉", Events.Now.AddDays(-3).AddSeconds(5))),
            Line(Events.Agent("imp-quiet", "a-quiet", "imp-quiet-2", "全网最低价,不退", Events.Now.AddDays(-3).AddSeconds(400))),
        };

        var result = await ImportAsync(Encoding.UTF8.GetBytes(string.Join('\n', lines)), "application/x-ndjson");

        Assert.Equal(3, result.Accepted);
        using var admin = await app.CreateUserClientAsync("admin");
        var view = JsonDocument.Parse(await admin.GetStringAsync("/api/conversations/imp-quiet")).RootElement;
        Assert.Empty(view.GetProperty("alerts").EnumerateArray());
        var agentMessage = view.GetProperty("messages").EnumerateArray().Single(m => m.GetProperty("eventId").GetString() == "imp-quiet-2");
        Assert.Contains(
            agentMessage.GetProperty("analysis").GetProperty("deductions").EnumerateArray(),
            d => d.GetProperty("ruleId").GetString() == "phrase.banned");
        var open = await admin.GetStringAsync("/api/alerts?storeId=store-t");
        Assert.DoesNotContain("imp-quiet", open, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ten_thousand_conversations_import_and_a_reimport_changes_nothing()
    {
        const int conversations = 10_000;
        var body = Dialogues(conversations);

        var stopwatch = Stopwatch.StartNew();
        var first = await ImportAsync(body, "application/x-ndjson", "?start=2026-09-01T08:00:00Z&storeId=store-bulk&agents=100");
        var firstSeconds = stopwatch.Elapsed.TotalSeconds;
        stopwatch.Restart();
        var second = await ImportAsync(body, "application/x-ndjson", "?start=2026-09-01T08:00:00Z&storeId=store-bulk&agents=100");
        var secondSeconds = stopwatch.Elapsed.TotalSeconds;

        var events = conversations * 7;
        output.WriteLine($"import: {conversations} conversations, {events} events in {firstSeconds:F1} s = {events / firstSeconds:F0} events/s ({first.EventsPerSecond} by the server)");
        output.WriteLine($"re-import: {second.Duplicates} duplicates in {secondSeconds:F1} s = {events / secondSeconds:F0} events/s");
        Assert.Equal(("completed", events, 0L), (first.Status, first.Accepted, first.Rejected));
        Assert.Equal((0L, (long)events), (second.Accepted, second.Duplicates));
        using var admin = await app.CreateUserClientAsync("admin");
        var view = JsonDocument.Parse(await admin.GetStringAsync("/api/conversations/bulk-9999")).RootElement;
        Assert.Equal(4, view.GetProperty("messages").GetArrayLength());
    }

    [Fact]
    public async Task Progress_of_a_finished_import_is_readable_by_its_id()
    {
        var line = Line(Events.Started("imp-progress", "u-p", Events.Now.AddDays(-1)));
        await ImportAsync(Encoding.UTF8.GetBytes(line), "application/x-ndjson", "?importId=my-import-1");

        using var client = app.CreateIngestClient();
        var progress = await client.GetFromJsonAsync<ImportProgress>("/api/import/my-import-1");

        Assert.Equal(("my-import-1", "completed", 1L), (progress!.ImportId, progress.Status, progress.Accepted));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/import/nope")).StatusCode);
    }

    private async Task<ImportProgress> ImportAsync(byte[] body, string contentType, string query = "")
    {
        using var client = app.CreateIngestClient();
        client.Timeout = TimeSpan.FromMinutes(5);
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new(contentType);
        var response = await client.PostAsync("/api/import" + query, content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ImportProgress>())!;
    }

    private async Task<List<string>> TextsAsync(string conversationId)
    {
        using var admin = await app.CreateUserClientAsync("admin");
        var view = JsonDocument.Parse(await admin.GetStringAsync($"/api/conversations/{conversationId}")).RootElement;
        return view.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("text").GetString()!).ToList();
    }

    private static string Line(Dictionary<string, object?> e) => JsonSerializer.Serialize(e);

    /// <summary>Dialogue lines of four turns each, Chinese and English, as <c>../shared/data/dialogues</c> has them.</summary>
    private static byte[] Dialogues(int count)
    {
        var builder = new StringBuilder(count * 300);
        for (var i = 0; i < count; i++)
        {
            var dialogue = new Dialogue($"bulk-{i}", "JDDC-like", [
                new DialogueTurn("customer", $"你好,订单{i}的快递三天了还没到"),
                new DialogueTurn("agent", "亲,您好,马上为您查询物流"),
                new DialogueTurn("customer", i % 2 == 0 ? "好的谢谢" : "where is my parcel?"),
                new DialogueTurn("agent", "已经为您催促,请耐心等待"),
            ]);
            builder.Append(JsonSerializer.Serialize(dialogue, ContractJson.Options)).Append('\n');
        }

        return Encoding.UTF8.GetBytes(builder.ToString());
    }
}
