using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Texts;

/// <summary>Stored alerts, deductions and SLA explanations answer in the caller's language, with their keys.</summary>
public sealed class ServerTextsApiTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    [Fact]
    public async Task The_same_stored_alert_reads_in_Chinese_or_English_by_Accept_Language()
    {
        using var ingest = app.CreateIngestClient();
        using var lead = await app.CreateUserClientAsync("lead");
        await ingest.PostAsJsonAsync("/api/events", new object[]
        {
            Events.Agent("c-i18n-1", "a-61", "c-i18n-1-1", "亲,这款是全网最低价", Events.Now, storeId: "store-i18n"),
        });

        var zh = await AlertAsync(lead, "zh-CN");
        var en = await AlertAsync(lead, "en-US");

        Assert.Equal(zh.GetProperty("alertId").GetString(), en.GetProperty("alertId").GetString());
        Assert.Equal("alert.bannedTerm", zh.GetProperty("messageKey").GetString());
        var phrase = zh.GetProperty("args").GetProperty("phrase").GetString();
        Assert.StartsWith("全网最低", phrase);
        Assert.Equal($"客服使用了违禁/极限用语:“{phrase}”。", zh.GetProperty("message").GetString());
        Assert.Equal($"Agent used a prohibited claim: “{phrase}”.", en.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Conversation_deductions_and_waits_read_in_the_callers_language()
    {
        using var ingest = app.CreateIngestClient();
        using var lead = await app.CreateUserClientAsync("lead");
        var now = Events.Now;
        await ingest.PostAsJsonAsync("/api/events", new object[]
        {
            Events.Customer("c-i18n-2", "u-62", "c-i18n-2-1", "在吗?快递怎么还没到", now.AddSeconds(-200), storeId: "store-i18n"),
            Events.Agent("c-i18n-2", "a-62", "c-i18n-2-2", "这款是全网最低价", now, storeId: "store-i18n"),
        });

        var zh = await ConversationAsync(lead, "c-i18n-2", "zh-CN");
        var en = await ConversationAsync(lead, "c-i18n-2", "en");

        var zhDeductions = zh.GetProperty("scorecard").GetProperty("deductions").EnumerateArray().ToList();
        var banned = zhDeductions.Single(d => d.GetProperty("messageKey").GetString() == "deduction.bannedTerm");
        Assert.Equal("使用了违禁用语“全网最低价”(极限或禁止用语)。", banned.GetProperty("reason").GetString());
        var zhWait = zh.GetProperty("slaTimeline").EnumerateArray().First();
        Assert.StartsWith("sla.explain.", zhWait.GetProperty("messageKey").GetString());
        Assert.Contains("秒", zhWait.GetProperty("explanation").GetString());
        Assert.Contains(" s ", en.GetProperty("slaTimeline").EnumerateArray().First().GetProperty("explanation").GetString());
        Assert.Contains(en.GetProperty("scorecard").GetProperty("deductions").EnumerateArray(),
            d => d.GetProperty("reason").GetString() == "Used the banned claim “全网最低价” (absolute or prohibited wording).");
    }

    [Fact]
    public async Task Problem_titles_follow_the_callers_language()
    {
        using var anonymous = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/alerts");
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");

        var response = await anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        if (body.Length > 0)
        {
            Assert.Equal("未登录", JsonDocument.Parse(body).RootElement.GetProperty("title").GetString());
        }
    }

    [Fact]
    public async Task The_catalogue_is_served_with_i18next_placeholders()
    {
        using var anonymous = app.CreateClient();

        var zh = JsonDocument.Parse(await anonymous.GetStringAsync("/api/texts/zh-CN")).RootElement;

        Assert.Equal("顾客等待回复已达 {{seconds}} 秒(时限 {{seconds}} 秒)。", zh.GetProperty("alert.sla.breach.nextResponse").GetString());
    }

    private static async Task<JsonElement> AlertAsync(HttpClient client, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/alerts?storeId=store-i18n&kind=banned.term");
        request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await client.SendAsync(request);
        var alerts = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return alerts.EnumerateArray().Single(a => a.GetProperty("conversationId").GetString() == "c-i18n-1");
    }

    private static async Task<JsonElement> ConversationAsync(HttpClient client, string id, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/conversations/{id}");
        request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await client.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
