using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Texts;

/// <summary>
/// Problems about a whole body (ingest, import, report periods, silences) and per-line import errors read in the
/// caller's language, each with its <c>messageKey</c>; English callers read what they read before.
/// </summary>
public sealed class BodyProblemTextsTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    [Fact]
    public async Task An_unreadable_ingest_body_is_explained_in_Chinese_with_its_position()
    {
        var zh = await PostEventsAsync("{\"eventId\": ", "zh-CN");
        var en = await PostEventsAsync("{\"eventId\": ", "en-US");
        var number = await PostEventsAsync("42", "zh-CN");

        Assert.Equal("ingest.body.notJson", zh.GetProperty("messageKey").GetString());
        Assert.StartsWith("请求体不是有效的 JSON(第 1 行", zh.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("The body is not valid JSON (line 1, byte ", en.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("请求体必须是一个事件对象或事件数组,而不是 number。", number.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Import_settings_and_rejected_lines_read_in_Chinese_and_keep_the_English_error()
    {
        using var client = app.CreateIngestClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("zh-CN"));

        var badFormat = await client.PostAsync("/api/import?format=xml", new StringContent("x"));
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
        var problem = await JsonAsync(badFormat);
        Assert.Equal("format:“xml”不是 csv 或 jsonl", problem.GetProperty("detail").GetString());
        Assert.Equal("import.badFormat", problem.GetProperty("messageKey").GetString());

        const string Csv = "conversation_id,occurred_at,sender,customer_id,text,store_id\n" +
            "imp-zh,not-a-time,customer,u-zh,你好,store-imp-zh\n" +
            "imp-zh,2026-10-01T09:00:00+08:00,customer,u-zh,在吗,store-imp-zh\n";
        using var content = new StringContent(Csv, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var imported = await client.PostAsync("/api/import", content);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var error = (await JsonAsync(imported)).GetProperty("errors")[0];
        Assert.Equal("import.notDateTime", error.GetProperty("messageKey").GetString());
        Assert.Equal("occurred_at:“not-a-time”不是日期时间(ISO 8601,例如 2026-11-22T08:00:00+08:00)", error.GetProperty("message").GetString());
        Assert.Equal("occurred_at: 'not-a-time' is not a date-time (ISO 8601, e.g. 2026-11-22T08:00:00+08:00)", error.GetProperty("error").GetString());

        using var header = new StringContent("id,when\n1,2\n", Encoding.UTF8);
        header.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var failed = await JsonAsync(await client.PostAsync("/api/import", header));
        Assert.Equal("import.failed", failed.GetProperty("messageKey").GetString());
        Assert.Contains("CSV 表头至少需要 conversation_id", failed.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_report_period_and_a_bad_silence_name_their_fields_in_Chinese()
    {
        using var admin = await app.CreateUserClientAsync("admin");
        admin.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("zh-CN"));

        var report = await JsonAsync(await admin.GetAsync("/api/reports/agents?from=2026-11-30&to=2026-11-01"));
        Assert.Equal(["结束日期 to(2026-11-01)早于开始日期 from(2026-11-30)。"], report.GetProperty("errors").GetProperty("to").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("problem.period.toBeforeFrom", report.GetProperty("fieldErrors").GetProperty("to")[0].GetProperty("messageKey").GetString());

        var silence = await admin.PostAsJsonAsync("/api/silences", new { kind = "no.such.kind", until = DateTimeOffset.UtcNow.AddHours(1), reason = "维护" });
        Assert.Equal(HttpStatusCode.BadRequest, silence.StatusCode);
        var errors = (await JsonAsync(silence)).GetProperty("errors");
        Assert.Equal("“no.such.kind”不是告警类型", errors.GetProperty("kind")[0].GetString());
    }

    private async Task<JsonElement> PostEventsAsync(string body, string language)
    {
        using var client = app.CreateIngestClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/events") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return await JsonAsync(response);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
