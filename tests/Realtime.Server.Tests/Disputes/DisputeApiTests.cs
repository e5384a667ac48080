using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Realtime.Server.Tests.Reports;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Disputes;

public sealed class DisputeApiTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    [Fact]
    public async Task Accepted_dispute_removes_the_deduction_and_changes_the_report()
    {
        var t = Events.Now.AddMinutes(-10);
        using var ingest = app.CreateIngestClient();
        using var qa = await app.CreateUserClientAsync("qa");
        using var agent = await app.CreateUserClientAsync("agent");
        await ReportScenario.PlayAsync(ingest, "store-dsp1", "a-dsp1-good", "a-01", t);
        const string Conversation = "/api/conversations/store-dsp1-poor";

        using var opened = await agent.PostAsJsonAsync($"{Conversation}/disputes",
            new { ruleId = "phrase.banned", messageId = "store-dsp1-poor-2", reason = "客户问的是活动价,我引用的是平台活动标题" });
        var dispute = JsonDocument.Parse(await opened.Content.ReadAsStringAsync()).RootElement;
        var before = await AgentRowAsync(qa, t, "store-dsp1", "a-01");
        using var accepted = await qa.PostAsJsonAsync($"{Conversation}/disputes/{dispute.GetProperty("disputeId").GetString()}/accept", new { note = "活动标题,不计" });
        var after = await AgentRowAsync(qa, t, "store-dsp1", "a-01");

        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(ReportScenario.PoorScore, before.GetProperty("qaScoreAverage").GetDouble());
        Assert.Equal(ReportScenario.PoorScore + 2, after.GetProperty("qaScoreAverage").GetDouble());
        Assert.Equal(100, before.GetProperty("complianceViolationsPer100").GetDouble());
        Assert.Equal(0, after.GetProperty("complianceViolationsPer100").GetDouble());
        Assert.Equal(1, after.GetProperty("disputesAccepted").GetInt32());
        var scorecard = JsonDocument.Parse(await qa.GetStringAsync(Conversation)).RootElement.GetProperty("scorecard");
        Assert.DoesNotContain(scorecard.GetProperty("deductions").EnumerateArray(), d => d.GetProperty("ruleId").GetString() == "phrase.banned");
        Assert.Equal("phrase.banned", Assert.Single(scorecard.GetProperty("waived").EnumerateArray()).GetProperty("ruleId").GetString());
        var audit = scorecard.GetProperty("audit").EnumerateArray().ToList();
        Assert.Equal(["dispute.opened", "dispute.accepted"], audit.Select(a => a.GetProperty("action").GetString()));
        Assert.Equal("qa", audit[1].GetProperty("by").GetString());
        Assert.Equal(ReportScenario.PoorScore, audit[1].GetProperty("scoreBefore").GetDouble());
        Assert.Equal(ReportScenario.PoorScore + 2, audit[1].GetProperty("scoreAfter").GetDouble());
        Assert.Equal("accepted", Assert.Single(scorecard.GetProperty("disputes").EnumerateArray()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Rejected_dispute_keeps_the_score_and_cannot_be_decided_twice()
    {
        var t = Events.Now.AddMinutes(-10);
        using var ingest = app.CreateIngestClient();
        using var qa = await app.CreateUserClientAsync("qa");
        using var agent = await app.CreateUserClientAsync("agent");
        await ReportScenario.PlayAsync(ingest, "store-dsp2", "a-dsp2-good", "a-01", t);
        const string Conversation = "/api/conversations/store-dsp2-poor";

        using var opened = await agent.PostAsJsonAsync($"{Conversation}/disputes", new { ruleId = "csat.low", reason = "客户误评" });
        using var again = await agent.PostAsJsonAsync($"{Conversation}/disputes", new { ruleId = "csat.low", reason = "再次申诉" });
        using var rejected = await qa.PostAsJsonAsync($"{Conversation}/disputes/d-1/reject", new { note = "评分有效" });
        using var twice = await qa.PostAsJsonAsync($"{Conversation}/disputes/d-1/accept", new { note = "改主意" });

        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(ReportScenario.PoorScore, (await AgentRowAsync(qa, t, "store-dsp2", "a-01")).GetProperty("qaScoreAverage").GetDouble());
    }

    [Fact]
    public async Task Only_the_conversations_agent_may_dispute_and_only_qa_may_decide()
    {
        var t = Events.Now.AddMinutes(-10);
        using var ingest = app.CreateIngestClient();
        using var qa = await app.CreateUserClientAsync("qa");
        using var agent = await app.CreateUserClientAsync("agent");
        using var lead = await app.CreateUserClientAsync("lead");
        await ReportScenario.PlayAsync(ingest, "store-dsp3", "a-01", "a-dsp3-poor", t);

        using var notMine = await agent.PostAsJsonAsync("/api/conversations/store-dsp3-poor/disputes", new { ruleId = "csat.low", reason = "x" });
        using var byQa = await qa.PostAsJsonAsync("/api/conversations/store-dsp3-poor/disputes", new { ruleId = "csat.low", reason = "x" });
        using var noSuchDeduction = await agent.PostAsJsonAsync("/api/conversations/store-dsp3-good/disputes", new { ruleId = "phrase.banned", reason = "x" });
        using var noReason = await agent.PostAsJsonAsync("/api/conversations/store-dsp3-good/disputes", new { ruleId = "phrase.banned" });
        using var leadDecides = await lead.PostAsJsonAsync("/api/conversations/store-dsp3-good/disputes/d-1/accept", new { note = "x" });

        Assert.Equal(HttpStatusCode.Forbidden, notMine.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byQa.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noSuchDeduction.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, leadDecides.StatusCode);
    }

    [Fact]
    public async Task Manual_score_shows_calibration_per_dimension_in_the_report()
    {
        var t = Events.Now.AddMinutes(-10);
        using var ingest = app.CreateIngestClient();
        using var qa = await app.CreateUserClientAsync("qa");
        await ReportScenario.PlayAsync(ingest, "store-cal1", "a-cal1-good", "a-cal1-poor", t);

        using var scored = await qa.PostAsJsonAsync("/api/conversations/store-cal1-good/manual-score", new
        {
            dimensions = new Dictionary<string, double> { ["responsiveness"] = 90, ["resolution"] = 100, ["compliance"] = 100, ["courtesy"] = 80 },
            note = "开场略慢",
        });
        using var invalid = await qa.PostAsJsonAsync("/api/conversations/store-cal1-good/manual-score", new
        {
            dimensions = new Dictionary<string, double> { ["speed"] = 90 },
        });
        var row = await AgentRowAsync(qa, t, "store-cal1", "a-cal1-good");

        Assert.Equal(HttpStatusCode.OK, scored.StatusCode);
        Assert.Equal(93, JsonDocument.Parse(await scored.Content.ReadAsStringAsync()).RootElement.GetProperty("total").GetDouble());
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var calibration = row.GetProperty("calibration");
        Assert.Equal(1, calibration.GetProperty("conversations").GetInt32());
        var mad = calibration.GetProperty("meanAbsoluteDifference");
        Assert.Equal(10, mad.GetProperty("responsiveness").GetDouble());
        Assert.Equal(20, mad.GetProperty("courtesy").GetDouble());
        Assert.Equal(0, mad.GetProperty("resolution").GetDouble());
        Assert.False(mad.TryGetProperty("conversion", out _));
        Assert.Equal(7, calibration.GetProperty("totalMeanAbsoluteDifference").GetDouble());
    }

    private static async Task<JsonElement> AgentRowAsync(HttpClient client, DateTimeOffset t, string store, string agentId)
    {
        var report = await AgentReportApiTests.GetReportAsync(client, t, store);
        return report.GetProperty("agents").EnumerateArray().Single(r => r.GetProperty("agentId").GetString() == agentId);
    }
}
