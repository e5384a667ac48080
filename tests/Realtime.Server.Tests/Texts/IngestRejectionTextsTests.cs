using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Texts;

/// <summary>Ingest rejections keep their English <c>error</c> and add each problem as a key, rendered per reader.</summary>
public sealed class IngestRejectionTextsTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    private const string Bad = """
        [{"eventId":"rej-1","type":"message","occurredAt":"soon","conversationId":"c-rej","storeId":[],"sender":"customer","text":"hi"},
         {"eventId":"rej-2","type":"csat","occurredAt":"2026-11-22T08:00:00Z","conversationId":"c-rej","rating":9},
         {"eventId":"rej-3","type":"message","occurredAt":"2026-11-22T08:00:00Z","conversationId":"c-rej","sender":"robot","text":"hi"}]
        """;

    [Fact]
    public async Task Rejections_read_in_Chinese_with_keys_and_the_same_English_error()
    {
        var zh = await RejectedAsync("zh-CN");
        var en = await RejectedAsync("en-US");

        Assert.Equal(
            "occurredAt: 'soon' is not an ISO 8601 date-time with offset (e.g. 2026-11-22T08:00:00Z); storeId: must be a string, not array",
            zh[0].GetProperty("error").GetString());
        Assert.Equal(zh[0].GetProperty("error").GetString(), en[0].GetProperty("error").GetString());
        Assert.Equal("ingest.notDateTime", zh[0].GetProperty("messageKey").GetString());
        Assert.Equal("occurredAt:“soon”不是带时区偏移的 ISO 8601 时间(如 2026-11-22T08:00:00Z)", zh[0].GetProperty("message").GetString());
        var errors = zh[0].GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(["ingest.notDateTime", "ingest.notString"], errors.Select(e => e.GetProperty("messageKey").GetString()));
        Assert.Equal("storeId:必须是字符串,而不是 array", errors[1].GetProperty("message").GetString());
        Assert.Equal("storeId: must be a string, not array", en[0].GetProperty("errors")[1].GetProperty("message").GetString());

        Assert.Equal("rating:9 超出范围 1..5", zh[1].GetProperty("message").GetString());
        Assert.Equal("rating: 9 is outside 1..5", en[1].GetProperty("message").GetString());
        Assert.Equal("sender:“robot”不是 customer, agent, bot, system 之一", zh[2].GetProperty("message").GetString());
        Assert.Equal("robot", zh[2].GetProperty("args").GetProperty("value").GetString());
        Assert.Equal("sender: 'robot' is not one of customer, agent, bot, system", zh[2].GetProperty("error").GetString());
    }

    private async Task<List<JsonElement>> RejectedAsync(string language)
    {
        using var client = app.CreateIngestClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/events") { Content = new StringContent(Bad, Encoding.UTF8, "application/json") };
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return [.. JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("rejected").EnumerateArray()];
    }
}
