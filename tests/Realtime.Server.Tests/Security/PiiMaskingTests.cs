using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Security;

/// <summary>Real personal data in events; it must never come back unmasked except through the audited reveal.</summary>
public sealed class PiiMaskingTests(SecurityAppFactory app) : IClassFixture<SecurityAppFactory>
{
    private static readonly string[] RawPii = ["13812345678", "11010519491231002X", "zhang_san@qq.com", "4111 1111 1111 1111"];

    [Fact]
    public async Task Pii_is_masked_in_transcripts_alerts_evidence_hints_floor_and_logs()
    {
        await using var agentHub = await app.ConnectHubAsync("/hubs/agent", "agent");
        await using var floorHub = await app.ConnectHubAsync("/hubs/floor", "admin");
        var pushed = new ConcurrentQueue<string>();
        agentHub.On<JsonElement>("hint", h => pushed.Enqueue("hint " + h.GetRawText()));
        floorHub.On<JsonElement>("alertRaised", a => pushed.Enqueue("alert " + a.GetRawText()));
        floorHub.On<JsonElement>("floorUpdated", f => pushed.Enqueue("floor " + f.GetRawText()));
        await floorHub.InvokeAsync("Subscribe", null, null);

        await PostConversationWithPiiAsync("c-sec-pii");
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline && !(pushed.Any(p => p.StartsWith("hint ", StringComparison.Ordinal) && p.Contains("pii.leak", StringComparison.Ordinal))
            && pushed.Any(p => p.StartsWith("floor ", StringComparison.Ordinal))))
        {
            await Task.Delay(100);
        }

        using var admin = await app.CreateUserClientAsync("admin");
        var transcript = await admin.GetStringAsync("/api/conversations/c-sec-pii");
        var alerts = await admin.GetStringAsync("/api/alerts?storeId=store-sec");
        var floor = await admin.GetStringAsync("/api/floor?storeId=store-sec");
        var customer = await admin.GetStringAsync("/api/customers/u-sec-pii");

        var view = JsonDocument.Parse(transcript).RootElement;
        Assert.All(view.GetProperty("messages").EnumerateArray(), m => Assert.NotEqual(0, m.GetProperty("analysis").GetProperty("pii").GetArrayLength()));
        var leak = JsonDocument.Parse(alerts).RootElement.EnumerateArray().Single(a => a.GetProperty("kind").GetString() == "pii.leak");
        Assert.False(string.IsNullOrEmpty(leak.GetProperty("evidence").GetString()));
        Assert.Contains(pushed, p => p.StartsWith("hint ", StringComparison.Ordinal) && p.Contains("pii.leak", StringComparison.Ordinal));
        Assert.Contains(pushed, p => p.StartsWith("alert ", StringComparison.Ordinal));
        foreach (var raw in RawPii)
        {
            Assert.DoesNotContain(raw, transcript, StringComparison.Ordinal);
            Assert.DoesNotContain(raw, alerts, StringComparison.Ordinal);
            Assert.DoesNotContain(raw, floor, StringComparison.Ordinal);
            Assert.DoesNotContain(raw, customer, StringComparison.Ordinal);
            Assert.DoesNotContain(pushed, p => p.Contains(raw, StringComparison.Ordinal));
            Assert.DoesNotContain(app.Logs.Lines, l => l.Contains(raw, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Only_admins_can_reveal_raw_text_and_every_reveal_is_audited()
    {
        await PostConversationWithPiiAsync("c-sec-reveal");
        using var anonymous = app.CreateClient();
        using var lead = await app.CreateUserClientAsync("lead");
        using var qa = await app.CreateUserClientAsync("qa");
        using var admin = await app.CreateUserClientAsync("admin");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/conversations/c-sec-reveal/reveal", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.PostAsync("/api/conversations/c-sec-reveal/reveal", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await qa.PostAsync("/api/conversations/c-sec-reveal/reveal", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/api/conversations/c-sec-never/reveal", null)).StatusCode);
        var revealed = await admin.PostAsJsonAsync("/api/conversations/c-sec-reveal/reveal", new { reason = "customer asked for a callback, ticket 4711" });

        Assert.Equal(HttpStatusCode.OK, revealed.StatusCode);
        Assert.Equal("no-store", revealed.Headers.CacheControl?.ToString());
        var body = JsonDocument.Parse(await revealed.Content.ReadAsStringAsync()).RootElement;
        var texts = body.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("text").GetString()).ToList();
        Assert.Contains(texts, t => t!.Contains("13812345678", StringComparison.Ordinal));
        Assert.Contains(texts, t => t!.Contains("zhang_san@qq.com", StringComparison.Ordinal));
        var auditId = body.GetProperty("auditId").GetString();
        var audit = JsonDocument.Parse(await admin.GetStringAsync("/api/audit?kind=pii.revealed")).RootElement.EnumerateArray().ToList();
        var entry = Assert.Single(audit, e => e.GetProperty("auditId").GetString() == auditId);
        Assert.Equal("admin", entry.GetProperty("actor").GetString());
        Assert.Equal("c-sec-reveal", entry.GetProperty("target").GetString());
        Assert.Equal("store-sec", entry.GetProperty("storeId").GetString());
        Assert.Equal("customer asked for a callback, ticket 4711", entry.GetProperty("reason").GetString());
        Assert.DoesNotContain("13812345678", audit.Select(e => e.GetRawText()).Aggregate("", string.Concat), StringComparison.Ordinal);
        Assert.Contains(app.Logs.Lines, l => l.Contains($"Audit pii.revealed by admin on c-sec-reveal recorded as {auditId}", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Lines, l => l.Contains("13812345678", StringComparison.Ordinal));
    }

    private async Task PostConversationWithPiiAsync(string id)
    {
        using var ingest = app.CreateIngestClient();
        var now = Events.Now;
        var response = await ingest.PostAsJsonAsync("/api/events", new object[]
        {
            Events.Started(id, "u-sec-pii", now, storeId: "store-sec"),
            Events.Assigned(id, "a-01", now, storeId: "store-sec"),
            Events.Customer(id, "u-sec-pii", $"{id}-1", "邮箱zhang_san@qq.com 卡号 4111 1111 1111 1111,再不退款我就投诉到12315", now.AddSeconds(1), storeId: "store-sec"),
            Events.Agent(id, "a-01", $"{id}-2", "您的电话13812345678,身份证11010519491231002X 已登记", now.AddSeconds(5), storeId: "store-sec"),
        });
        response.EnsureSuccessStatusCode();
    }
}
