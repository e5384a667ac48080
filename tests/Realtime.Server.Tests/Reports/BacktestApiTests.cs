using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Reports;

public sealed class BacktestApiTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    [Fact]
    public async Task Draft_banned_phrase_shows_a_new_deduction_without_changing_published_scores()
    {
        var t = Events.Now.AddMinutes(-10);
        using var ingest = app.CreateIngestClient();
        using var qa = await app.CreateUserClientAsync("qa");
        await ReportScenario.PlayAsync(ingest, "store-bt1", "a-bt1-good", "a-bt1-poor", t);
        var draft = JsonNode.Parse(await qa.GetStringAsync("/api/rulesets/store-bt1"))!;
        draft["phrases"]!["banned"]!.AsArray().Add("马上为您查询");
        var reportBefore = await qa.GetStringAsync(AgentReportApiTests.ReportUrl(t, "store-bt1"));

        using var response = await qa.PostAsJsonAsync("/api/rulesets/store-bt1/backtest", new
        {
            from = ReportScenario.Day(t.AddDays(-1)),
            to = ReportScenario.Day(t.AddDays(1)),
            ruleset = draft,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(2, result.GetProperty("conversations").GetInt32());
        Assert.Equal(1, result.GetProperty("changed").GetInt32());
        var change = Assert.Single(result.GetProperty("conversationChanges").EnumerateArray());
        Assert.Equal("store-bt1-good", change.GetProperty("conversationId").GetString());
        Assert.Equal(100, change.GetProperty("publishedScore").GetDouble());
        Assert.Equal(98, change.GetProperty("draftScore").GetDouble());
        var appeared = Assert.Single(change.GetProperty("deductionsAppeared").EnumerateArray());
        Assert.Equal("phrase.banned", appeared.GetProperty("ruleId").GetString());
        Assert.Equal("store-bt1-good-2", appeared.GetProperty("messageId").GetString());
        Assert.Equal("马上为您查询", appeared.GetProperty("evidence").GetString());
        Assert.Contains("banned.term", change.GetProperty("alertsAppeared").EnumerateArray().Select(a => a.GetString()));
        var good = result.GetProperty("agents").EnumerateArray().Single(a => a.GetProperty("agentId").GetString() == "a-bt1-good");
        Assert.Equal(-2, good.GetProperty("delta").GetDouble());

        var scorecard = JsonDocument.Parse(await qa.GetStringAsync("/api/conversations/store-bt1-good")).RootElement.GetProperty("scorecard");
        Assert.Equal(100, scorecard.GetProperty("total").GetDouble());
        Assert.Empty(scorecard.GetProperty("deductions").EnumerateArray());
        Assert.Equal(reportBefore, await qa.GetStringAsync(AgentReportApiTests.ReportUrl(t, "store-bt1")));
        var published = JsonDocument.Parse(await qa.GetStringAsync("/api/rulesets/store-bt1")).RootElement;
        Assert.DoesNotContain("马上为您查询", published.GetProperty("phrases").GetProperty("banned").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task Invalid_draft_or_dates_are_400_and_agents_are_forbidden()
    {
        using var qa = await app.CreateUserClientAsync("qa");
        using var agent = await app.CreateUserClientAsync("agent");
        var draft = JsonNode.Parse(await qa.GetStringAsync("/api/rulesets/store-bt2"))!;
        draft["sla"]!["firstResponseWarnSeconds"] = 500;

        using var badDraft = await qa.PostAsJsonAsync("/api/rulesets/store-bt2/backtest", new { from = "2026-11-01", to = "2026-11-02", ruleset = draft });
        using var badDates = await qa.PostAsJsonAsync("/api/rulesets/store-bt2/backtest", new { from = "2026-11-05", to = "2026-11-02", ruleset = draft });
        using var forbidden = await agent.PostAsJsonAsync("/api/rulesets/store-bt2/backtest", new { from = "2026-11-01", to = "2026-11-02", ruleset = draft });

        Assert.Equal(HttpStatusCode.BadRequest, badDraft.StatusCode);
        Assert.Contains("ruleset.sla", await badDraft.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badDates.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }
}
