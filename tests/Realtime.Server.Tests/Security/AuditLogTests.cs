using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Security;

public sealed class AuditLogTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    [Fact]
    public async Task Ruleset_change_is_audited_with_who_and_the_ruleset_before_and_after()
    {
        using var qa = await app.CreateUserClientAsync("qa");
        using var admin = await app.CreateUserClientAsync("admin");
        var ruleset = JsonNode.Parse(await qa.GetStringAsync("/api/rulesets/store-audit"))!;
        ruleset["qaLowScoreThreshold"] = 55;

        (await qa.PutAsync("/api/rulesets/store-audit", JsonContent.Create(ruleset))).EnsureSuccessStatusCode();

        var entries = JsonDocument.Parse(await admin.GetStringAsync("/api/audit?kind=ruleset.changed")).RootElement.EnumerateArray().ToList();
        var entry = Assert.Single(entries, e => e.GetProperty("target").GetString() == "store-audit");
        Assert.Equal("qa", entry.GetProperty("actor").GetString());
        var before = JsonNode.Parse(entry.GetProperty("before").GetString()!)!;
        var after = JsonNode.Parse(entry.GetProperty("after").GetString()!)!;
        Assert.Equal(60, before["qaLowScoreThreshold"]!.GetValue<int>());
        Assert.Equal(55, after["qaLowScoreThreshold"]!.GetValue<int>());
        Assert.Equal(1, after["version"]!.GetValue<int>());
        Assert.True(entry.GetProperty("at").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    [Fact]
    public async Task Alert_actions_are_audited_with_status_before_and_after_and_the_note()
    {
        using var ingest = app.CreateIngestClient();
        using var oncall = await app.CreateUserClientAsync("oncall");
        using var admin = await app.CreateUserClientAsync("admin");
        await ingest.PostAsJsonAsync("/api/events", new object[]
        {
            Events.Customer("c-audit-alert", "u-81", "c-audit-alert-1", "再不退款我就投诉到12315", Events.Now, storeId: "store-audit"),
        });
        var alerts = JsonDocument.Parse(await oncall.GetStringAsync("/api/alerts?storeId=store-audit&kind=complaint.risk")).RootElement;
        var id = alerts.EnumerateArray().Single(a => a.GetProperty("conversationId").GetString() == "c-audit-alert").GetProperty("alertId").GetString();

        (await oncall.PostAsJsonAsync($"/api/alerts/{id}/ack", new { note = "calling back" })).EnsureSuccessStatusCode();
        (await oncall.PostAsync($"/api/alerts/{id}/resolve", null)).EnsureSuccessStatusCode();

        var today = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var entries = JsonDocument.Parse(await admin.GetStringAsync($"/api/audit?from={today}&to={today}")).RootElement.EnumerateArray()
            .Where(e => e.GetProperty("target").GetString() == id).ToList();
        Assert.Equal(["alert.resolved", "alert.acknowledged"], entries.Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal(("open", "acknowledged", "calling back"), (entries[1].GetProperty("before").GetString(), entries[1].GetProperty("after").GetString(), entries[1].GetProperty("reason").GetString()));
        Assert.Equal(("acknowledged", "resolved"), (entries[0].GetProperty("before").GetString(), entries[0].GetProperty("after").GetString()));
        Assert.All(entries, e => Assert.Equal("oncall", e.GetProperty("actor").GetString()));
    }

    [Fact]
    public async Task Disputes_are_audited_when_opened_and_decided()
    {
        using var ingest = app.CreateIngestClient();
        using var agent = await app.CreateUserClientAsync("agent");
        using var qa = await app.CreateUserClientAsync("qa");
        using var admin = await app.CreateUserClientAsync("admin");
        var now = Events.Now;
        (await ingest.PostAsJsonAsync("/api/events", new object[]
        {
            Events.Assigned("c-audit-dispute", "a-01", now, storeId: "store-audit"),
            Events.Customer("c-audit-dispute", "u-82", "c-audit-dispute-1", "有优惠吗", now.AddSeconds(1), storeId: "store-audit"),
            Events.Agent("c-audit-dispute", "a-01", "c-audit-dispute-2", "这是全网最低价", now.AddSeconds(3), storeId: "store-audit"),
        })).EnsureSuccessStatusCode();

        var opened = await agent.PostAsJsonAsync("/api/conversations/c-audit-dispute/disputes", new { ruleId = "phrase.banned", messageId = "c-audit-dispute-2", reason = "quoting the customer" });
        opened.EnsureSuccessStatusCode();
        var disputeId = JsonDocument.Parse(await opened.Content.ReadAsStringAsync()).RootElement.GetProperty("disputeId").GetString();
        (await qa.PostAsJsonAsync($"/api/conversations/c-audit-dispute/disputes/{disputeId}/accept", new { note = "fair" })).EnsureSuccessStatusCode();

        var entries = JsonDocument.Parse(await admin.GetStringAsync("/api/audit")).RootElement.EnumerateArray()
            .Where(e => e.GetProperty("target").GetString() == $"c-audit-dispute/{disputeId}").ToList();
        Assert.Equal(["dispute.decided", "dispute.opened"], entries.Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal(("qa", "fair"), (entries[0].GetProperty("actor").GetString(), entries[0].GetProperty("reason").GetString()));
        Assert.StartsWith("accepted", entries[0].GetProperty("after").GetString(), StringComparison.Ordinal);
        Assert.Equal(("agent", "quoting the customer"), (entries[1].GetProperty("actor").GetString(), entries[1].GetProperty("reason").GetString()));
    }

    [Theory]
    [InlineData("lead")]
    [InlineData("qa")]
    [InlineData("oncall")]
    [InlineData("agent")]
    public async Task Only_admins_read_the_audit_log(string user)
    {
        using var client = await app.CreateUserClientAsync(user);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/audit")).StatusCode);
    }

    [Theory]
    [InlineData("from=yesterday")]
    [InlineData("from=2026-01-01&to=2026-12-31")]
    [InlineData("from=2026-05-02&to=2026-05-01")]
    public async Task Bad_audit_periods_are_400_with_a_reason(string query)
    {
        using var admin = await app.CreateUserClientAsync("admin");

        var response = await admin.GetAsync("/api/audit?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("from", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
