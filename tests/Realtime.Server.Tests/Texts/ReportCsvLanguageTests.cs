using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Realtime.Server.Tests.Reports;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Texts;

/// <summary>CSV headers follow the requested language; field names stay available for machines.</summary>
public sealed class ReportCsvLanguageTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    [Fact]
    public async Task Csv_headers_and_scopes_follow_the_language_the_caller_names()
    {
        var t = Events.Now.AddMinutes(-10);
        using var ingest = app.CreateIngestClient();
        using var qa = await app.CreateUserClientAsync("qa");
        await ReportScenario.PlayAsync(ingest, "store-csvlang", "a-csvlang-good", "a-csvlang-poor", t);
        var url = AgentReportApiTests.ReportUrl(t, "store-csvlang");

        var zh = await CsvAsync(qa, url, "zh-CN");
        Assert.Equal(["范围", "客服", "班组", "店铺", "会话数"], zh[0][..5]);
        Assert.Contains("平均质检分", zh[0]);
        Assert.Contains("询单转化率 %", zh[0]);
        Assert.Equal(["客服", "客服", "班组", "店铺", "平台", "合计"], zh.Skip(1).Select(l => l[0]));
        var poor = zh.Single(l => l[1] == "a-csvlang-poor");
        Assert.Equal("82.5", poor[Array.IndexOf(zh[0], "平均质检分")]);
        Assert.Equal("天猫", zh.Single(l => l[0] == "平台")[Array.IndexOf(zh[0], "平台")]);

        var en = await CsvAsync(qa, url, "en-US");
        Assert.Equal(["Scope", "Agent", "Team", "Store", "Conversations"], en[0][..5]);
        Assert.Equal("Total", en[^1][0]);

        var query = await CsvAsync(qa, url + "&lang=zh", null);
        Assert.Equal("范围", query[0][0]);

        var keys = await CsvAsync(qa, url + "&headers=keys", "zh-CN");
        Assert.Equal(["scope", "agentId", "teamId", "storeId", "conversations"], keys[0][..5]);
        Assert.Equal("agent", keys[1][0]);

        var unnamed = await CsvAsync(qa, url, null);
        Assert.Equal(keys[0], unnamed[0]);
    }

    private static async Task<string[][]> CsvAsync(HttpClient client, string url, string? language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        if (language is not null)
        {
            request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        }

        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return [.. Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(','))];
    }
}
