using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Reports;

public sealed class AgentReportApiTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    [Fact]
    public async Task Good_agent_outscores_poor_agent_with_the_right_deductions()
    {
        var t = Events.Now.AddMinutes(-10);
        using var ingest = app.CreateIngestClient();
        using var qa = await app.CreateUserClientAsync("qa");
        await ReportScenario.PlayAsync(ingest, "store-rep1", "a-rep1-good", "a-rep1-poor", t);

        var report = await GetReportAsync(qa, t, "store-rep1");

        var rows = report.GetProperty("agents").EnumerateArray().ToDictionary(r => r.GetProperty("agentId").GetString()!);
        Assert.Equal(100, rows["a-rep1-good"].GetProperty("qaScoreAverage").GetDouble());
        Assert.Equal(ReportScenario.PoorScore, rows["a-rep1-poor"].GetProperty("qaScoreAverage").GetDouble());
        Assert.Equal(100, rows["a-rep1-good"].GetProperty("slaAttainmentPct").GetDouble());
        Assert.Equal(0, rows["a-rep1-poor"].GetProperty("slaAttainmentPct").GetDouble());
        Assert.Equal(100, rows["a-rep1-poor"].GetProperty("complianceViolationsPer100").GetDouble());
        Assert.Equal(2, rows["a-rep1-poor"].GetProperty("csatAverage").GetDouble());
        Assert.Equal(0, rows["a-rep1-poor"].GetProperty("csatSatisfiedPct").GetDouble());
        Assert.Equal(5, rows["a-rep1-good"].GetProperty("firstResponseAvgSeconds").GetDouble());
        Assert.Equal(100, rows["a-rep1-good"].GetProperty("firstContactResolutionPct").GetDouble());
        var team = Assert.Single(report.GetProperty("teams").EnumerateArray());
        Assert.Equal(ReportScenario.Team, team.GetProperty("teamId").GetString());
        Assert.Equal(2, team.GetProperty("conversations").GetInt32());
        Assert.Equal((100 + ReportScenario.PoorScore) / 2, team.GetProperty("qaScoreAverage").GetDouble(), 1);
        Assert.Equal(2, report.GetProperty("total").GetProperty("closed").GetInt32());

        var scorecard = JsonDocument.Parse(await qa.GetStringAsync("/api/conversations/store-rep1-poor")).RootElement.GetProperty("scorecard");
        var rules = scorecard.GetProperty("deductions").EnumerateArray().Select(d => d.GetProperty("ruleId").GetString()).Order().ToList();
        Assert.Equal(["courtesy.closing", "courtesy.greeting", "csat.low", "phrase.banned", "sla.firstResponse.breach"], rules);
    }

    [Fact]
    public async Task Csv_has_bom_columns_and_chinese_intact()
    {
        var t = Events.Now.AddMinutes(-10);
        using var ingest = app.CreateIngestClient();
        using var qa = await app.CreateUserClientAsync("qa");
        await ReportScenario.PlayAsync(ingest, "store-rep2", "a-rep2-good", "a-rep2-poor", t);
        using var request = new HttpRequestMessage(HttpMethod.Get, ReportUrl(t, "store-rep2"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        using var response = await qa.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        Assert.Equal(["scope", "agentId", "teamId", "storeId", "conversations"], header[..5]);
        Assert.Contains("qaScoreAverage", header);
        var poor = lines.Single(l => l.StartsWith("agent,a-rep2-poor,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(ReportScenario.Team, poor[2]);
        Assert.Equal("82.5", poor[Array.IndexOf(header, "qaScoreAverage")]);
        Assert.Equal(["agent", "agent", "team", "store", "platform", "total"], lines.Skip(1).Select(l => l.Split(',')[0]));
    }

    [Theory]
    [InlineData("to=2026-11-01")]
    [InlineData("from=2026-11-01")]
    [InlineData("from=2026-13-01&to=2026-12-01")]
    [InlineData("from=01/11/2026&to=2026-11-30")]
    [InlineData("from=2026-11-30&to=2026-11-01")]
    [InlineData("from=2025-01-01&to=2026-01-02")]
    public async Task Bad_dates_are_400_with_the_field_named(string query)
    {
        using var qa = await app.CreateUserClientAsync("qa");

        using var response = await qa.GetAsync($"/api/reports/agents?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("from", out _) || errors.TryGetProperty("to", out _));
    }

    [Fact]
    public async Task A_full_leap_year_is_allowed()
    {
        using var qa = await app.CreateUserClientAsync("qa");

        using var response = await qa.GetAsync("/api/reports/agents?from=2024-01-01&to=2024-12-31");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Agent_sees_only_its_own_row_and_oncall_is_forbidden()
    {
        var t = Events.Now.AddMinutes(-10);
        using var ingest = app.CreateIngestClient();
        await ReportScenario.PlayAsync(ingest, "store-rep3", "a-01", "a-rep3-poor", t);
        using var agent = await app.CreateUserClientAsync("agent");
        using var oncall = await app.CreateUserClientAsync("oncall");

        var report = await GetReportAsync(agent, t, "store-rep3");
        using var forbidden = await oncall.GetAsync(ReportUrl(t, "store-rep3"));

        var row = Assert.Single(report.GetProperty("agents").EnumerateArray());
        Assert.Equal("a-01", row.GetProperty("agentId").GetString());
        Assert.Empty(report.GetProperty("teams").EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task Supervisor_limited_to_a_team_sees_nothing_of_other_teams()
    {
        var t = Events.Now.AddMinutes(-10);
        using var ingest = app.CreateIngestClient();
        await ReportScenario.PlayAsync(ingest, "store-rep4", "a-rep4-good", "a-rep4-poor", t);
        using var lead = await app.CreateUserClientAsync("lead-presales");

        var report = await GetReportAsync(lead, t, "store-rep4");
        using var otherTeam = await lead.GetAsync(ReportUrl(t, "store-rep4") + "&teamId=" + Uri.EscapeDataString(ReportScenario.Team));

        Assert.Empty(report.GetProperty("agents").EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, otherTeam.StatusCode);
    }

    internal static string ReportUrl(DateTimeOffset t, string store) =>
        $"/api/reports/agents?from={ReportScenario.Day(t.AddDays(-1))}&to={ReportScenario.Day(t.AddDays(1))}&storeId={store}";

    internal static async Task<JsonElement> GetReportAsync(HttpClient client, DateTimeOffset t, string store)
    {
        using var response = await client.GetAsync(ReportUrl(t, store));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
