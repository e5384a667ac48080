using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Realtime.Server.Tests.Reports;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Texts;

/// <summary>A user's saved language and the problem details that used to be English only.</summary>
public sealed class LanguagePreferenceTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    [Fact]
    public async Task A_saved_language_beats_Accept_Language_and_lang_beats_both()
    {
        using var oncall = await app.CreateUserClientAsync("oncall");
        Assert.False((await MeAsync(oncall)).TryGetProperty("language", out _));
        Assert.Equal("Bad request", (await BadStatusAsync(oncall, "en-US", "")).GetProperty("title").GetString());

        using var saved = await oncall.PutAsJsonAsync("/api/me/language", new { language = "zh" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("zh-CN", (await MeAsync(oncall)).GetProperty("language").GetString());

        var zh = await BadStatusAsync(oncall, "en-US", "");
        Assert.Equal("请求无效", zh.GetProperty("title").GetString());
        Assert.Equal("status:“bogus”不是 open, acknowledged, resolved 之一。", zh.GetProperty("detail").GetString());
        Assert.Equal("problem.notOneOf", zh.GetProperty("messageKey").GetString());
        var en = await BadStatusAsync(oncall, "zh-CN", "&lang=en-US");
        Assert.Equal("status: 'bogus' is not one of open, acknowledged, resolved.", en.GetProperty("detail").GetString());

        using var french = await oncall.PutAsJsonAsync("/api/me/language", new { language = "fr" });
        Assert.Equal(HttpStatusCode.BadRequest, french.StatusCode);
        var problem = JsonDocument.Parse(await french.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("不支持的语言“fr”:请使用 zh-CN 或 en-US。", problem.GetProperty("detail").GetString());

        using var forgotten = await oncall.PutAsJsonAsync("/api/me/language", new { language = (string?)null });
        Assert.Equal(HttpStatusCode.OK, forgotten.StatusCode);
        Assert.Equal("Bad request", (await BadStatusAsync(oncall, "en-US", "")).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Dispute_refusals_read_in_the_callers_language_with_their_keys()
    {
        var t = Events.Now.AddMinutes(-10);
        using var ingest = app.CreateIngestClient();
        using var agent = await app.CreateUserClientAsync("agent");
        await ReportScenario.PlayAsync(ingest, "store-dsp-lang", "a-dsp-lang-good", "a-01", t);
        const string Conversation = "/api/conversations/store-dsp-lang-poor";
        using var opened = await agent.PostAsJsonAsync($"{Conversation}/disputes", new { ruleId = "csat.low", reason = "客户误评" });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);

        using var again = new HttpRequestMessage(HttpMethod.Post, $"{Conversation}/disputes") { Content = JsonContent.Create(new { ruleId = "csat.low", reason = "再次申诉" }) };
        again.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("zh-CN"));
        using var conflict = await agent.SendAsync(again);

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var problem = JsonDocument.Parse(await conflict.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("该扣分已在申诉中。", problem.GetProperty("detail").GetString());
        Assert.Equal("problem.review.alreadyDisputed", problem.GetProperty("messageKey").GetString());
        Assert.Equal("状态冲突", problem.GetProperty("title").GetString());
    }

    private static async Task<JsonElement> MeAsync(HttpClient client) =>
        JsonDocument.Parse(await client.GetStringAsync("/api/me")).RootElement;

    private static async Task<JsonElement> BadStatusAsync(HttpClient client, string language, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/alerts?status=bogus" + query);
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
