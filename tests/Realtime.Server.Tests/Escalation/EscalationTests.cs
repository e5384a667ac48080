using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.WebUtilities;
using Realtime.Server.Tests.Incidents;
using Realtime.Server.Tests.Support;
using Realtime.Server.Webhooks;

namespace Realtime.Server.Tests.Escalation;

public sealed class EscalationTests : IAsyncLifetime
{
    private const string DingTalkSecret = "SECdingtalk-test-secret";
    private const string FeishuSecret = "feishu-test-secret";
    private readonly WebhookReceiver _receiver = new();
    private EscalatingAppFactory? _app;

    public async Task InitializeAsync()
    {
        await _receiver.StartAsync();
        _app = new EscalatingAppFactory(_receiver.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task Unacknowledged_critical_alert_escalates_to_oncall_and_each_webhook_gets_one_signed_payload_despite_a_first_500()
    {
        var app = _app!;
        using var qa = await app.CreateUserClientAsync("qa");
        var ruleset = JsonNode.Parse(await qa.GetStringAsync("/api/rulesets/store-esc"))!;
        ruleset["escalation"]!["ackTimeoutSeconds"] = 10;
        (await qa.PutAsync("/api/rulesets/store-esc", JsonContent.Create(ruleset))).EnsureSuccessStatusCode();
        await using var oncall = await app.ConnectHubAsync("/hubs/oncall", "oncall");
        var escalated = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        oncall.On<JsonElement>("escalationRaised", a => escalated.TrySetResult(a));

        using var ingest = app.CreateIngestClient();
        await ingest.PostAsJsonAsync("/api/events", Events.Customer("c-esc", "u-60", "c-esc-1", "I will file a chargeback and call my lawyer", Events.Now, storeId: "store-esc"));

        await app.AdvanceUntilAsync(() => Task.FromResult(escalated.Task.IsCompleted), TimeSpan.FromSeconds(30));
        var escalation = await escalated.Task;
        Assert.Equal("escalation", escalation.GetProperty("kind").GetString());
        Assert.Equal("c-esc", escalation.GetProperty("conversationId").GetString());
        // Delivery retries after the receiver's first 500, on whichever clock the resilience pipeline uses.
        await FakeClockAppFactory.EventuallyAsync(() =>
        {
            app.Clock.Advance(TimeSpan.FromMilliseconds(500));
            return Task.FromResult(_receiver.Calls.Count >= 2);
        }, "both webhooks");

        var calls = _receiver.Calls.ToList();
        Assert.Single(calls, c => c.Name == "dingtalk");
        Assert.Single(calls, c => c.Name == "feishu");
        Assert.Equal(2, _receiver.Attempts("dingtalk"));

        var ding = calls.Single(c => c.Name == "dingtalk");
        var query = QueryHelpers.ParseQuery(ding.Query);
        var timestamp = query["timestamp"].ToString();
        var expected = Convert.ToBase64String(WebhookPayloads.Hmac(DingTalkSecret, $"{timestamp}\n{DingTalkSecret}"));
        Assert.Equal(expected, query["sign"].ToString());
        Assert.StartsWith("【严重】升级:", JsonDocument.Parse(ding.Body).RootElement.GetProperty("text").GetProperty("content").GetString(), StringComparison.Ordinal);

        var feishu = JsonDocument.Parse(calls.Single(c => c.Name == "feishu").Body).RootElement;
        var seconds = long.Parse(feishu.GetProperty("timestamp").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(WebhookPayloads.FeishuSign(FeishuSecret, seconds), feishu.GetProperty("sign").GetString());
    }

    [Fact]
    public async Task Acknowledged_alert_does_not_escalate()
    {
        var app = _app!;
        using var qa = await app.CreateUserClientAsync("qa");
        using var oncallClient = await app.CreateUserClientAsync("oncall");
        foreach (var store in new[] { "store-ack", "store-noack" })
        {
            var ruleset = JsonNode.Parse(await qa.GetStringAsync($"/api/rulesets/{store}"))!;
            ruleset["escalation"]!["ackTimeoutSeconds"] = 10;
            (await qa.PutAsync($"/api/rulesets/{store}", JsonContent.Create(ruleset))).EnsureSuccessStatusCode();
        }

        using var ingest = app.CreateIngestClient();
        await ingest.PostAsJsonAsync("/api/events", Events.Customer("c-ack", "u-61", "c-ack-1", "我要去12315投诉你们", Events.Now, storeId: "store-ack"));
        // A control, never acknowledged: it escalates on the same fake clock, so the clock did pass the timeout.
        await ingest.PostAsJsonAsync("/api/events", Events.Customer("c-noack", "u-62", "c-noack-1", "我要去12315投诉你们", Events.Now, storeId: "store-noack"));
        var alert = JsonDocument.Parse(await oncallClient.GetStringAsync("/api/alerts?storeId=store-ack&kind=complaint.risk")).RootElement[0];
        (await oncallClient.PostAsync($"/api/alerts/{alert.GetProperty("alertId").GetString()}/ack", null)).EnsureSuccessStatusCode();

        await app.AdvanceUntilAsync(async () => await EscalatedAsync(oncallClient, "store-noack"), TimeSpan.FromSeconds(30));
        await app.AdvanceUntilAsync(() => Task.FromResult(app.Clock.GetUtcNow() >= Events.Now.AddSeconds(15)), TimeSpan.FromSeconds(30));

        Assert.False(await EscalatedAsync(oncallClient, "store-ack"));
    }

    /// <summary>An incident escalates inside itself (no second item): whether the store's one incident is escalated.</summary>
    private static async Task<bool> EscalatedAsync(HttpClient client, string store) =>
        Assert.Single(JsonDocument.Parse(await client.GetStringAsync($"/api/incidents?storeId={store}")).RootElement.EnumerateArray())
            .GetProperty("escalated").GetBoolean();

    /// <summary>The real server on a fake clock, with a DingTalk and a Feishu webhook target at the test's receiver.</summary>
    private sealed class EscalatingAppFactory(string receiver) : FakeClockAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Webhooks:Targets:0:Kind", "dingtalk");
            builder.UseSetting("Webhooks:Targets:0:Url", $"{receiver}/dingtalk?access_token=abc");
            builder.UseSetting("Webhooks:Targets:0:Secret", DingTalkSecret);
            builder.UseSetting("Webhooks:Targets:1:Kind", "feishu");
            builder.UseSetting("Webhooks:Targets:1:Url", $"{receiver}/feishu");
            builder.UseSetting("Webhooks:Targets:1:Secret", FeishuSecret);
        }
    }
}
