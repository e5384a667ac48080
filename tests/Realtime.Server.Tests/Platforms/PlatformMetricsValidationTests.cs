using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Platforms;

/// <summary>The ruleset's <c>timeZone</c> and <c>platformMetrics</c> are checked like every other field, each error by name.</summary>
public sealed class PlatformMetricsValidationTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    [Fact]
    public async Task Invalid_platform_rules_and_time_zone_are_refused_by_field()
    {
        using var admin = await app.CreateUserClientAsync("admin");
        var ruleset = JsonNode.Parse(await admin.GetStringAsync("/api/rulesets/store-rates-bad"))!;
        ruleset["timeZone"] = "Mars/Olympus";
        ruleset["platformMetrics"] = JsonNode.Parse("""
            [{"platform":"tmall","name":"3分钟人工响应率","replyWithinSeconds":0,"window":{"from":"25:00","to":"08:00"},"unit":"hour","target":120,"warnMarginPct":5,"minRounds":1},
             {"platform":"tmall","name":"3分钟人工响应率","replyWithinSeconds":180,"window":{"from":"08:00","to":"23:00"},"unit":"round","target":80,"warnMarginPct":5,"minRounds":1},
             {"platform":"wechat","name":"x","replyWithinSeconds":180,"window":{"from":"08:00","to":"23:00"},"unit":"round","target":80,"warnMarginPct":5,"minRounds":1}]
            """);

        using var response = await admin.PutAsJsonAsync("/api/rulesets/store-rates-bad", ruleset);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        foreach (var field in new[] { "timeZone", "platformMetrics[0].replyWithinSeconds", "platformMetrics[0].window", "platformMetrics[0].unit", "platformMetrics[0].target", "platformMetrics[1].name", "platformMetrics[2].platform" })
        {
            Assert.Contains($"\"{field}\"", body);
        }
    }

    [Fact]
    public async Task The_default_ruleset_carries_the_platform_presets_in_utc()
    {
        using var admin = await app.CreateUserClientAsync("admin");

        var ruleset = JsonNode.Parse(await admin.GetStringAsync("/api/rulesets/store-rates-presets"))!;

        Assert.Equal("UTC", ruleset["timeZone"]!.GetValue<string>());
        var presets = ruleset["platformMetrics"]!.AsArray().Select(r => (r!["platform"]!.GetValue<string>(), r["replyWithinSeconds"]!.GetValue<int>())).ToList();
        Assert.Equal([("taobao", 180), ("tmall", 180), ("pdd", 180), ("douyin", 180), ("jd", 30)], presets);
        (await admin.PutAsJsonAsync("/api/rulesets/store-rates-presets", ruleset)).EnsureSuccessStatusCode();
    }
}
