using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Hubs;

public sealed class AgentHubTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    [Fact]
    public async Task Agent_receives_hints_for_its_own_conversations_only()
    {
        await using var hub = await app.ConnectHubAsync("/hubs/agent", "agent");
        var hints = new ConcurrentQueue<JsonElement>();
        hub.On<JsonElement>("hint", hints.Enqueue);

        using var ingest = app.CreateIngestClient();
        var now = Events.Now;
        await ingest.PostAsJsonAsync("/api/events", new object[]
        {
            Events.Assigned("c-hint-other", "a-02", now),
            Events.Agent("c-hint-other", "a-02", "c-hint-other-1", "全网最低价,你有病吧", now.AddSeconds(1)),
            Events.Assigned("c-hint-mine", "a-01", now),
            Events.Customer("c-hint-mine", "u-70", "c-hint-mine-1", "再不给我退款我就给差评,还要投诉到12315", now.AddSeconds(1)),
            Events.Agent("c-hint-mine", "a-01", "c-hint-mine-2", "您好,我们是全网最低价", now.AddSeconds(5)),
        });

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (hints.Count < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        await Task.Delay(500);
        var received = hints.ToList();
        Assert.NotEmpty(received);
        Assert.All(received, h => Assert.Equal("c-hint-mine", h.GetProperty("conversationId").GetString()));
        Assert.Contains(received, h => h.GetProperty("kind").GetString() == "complaint.risk");
        Assert.Contains(received, h => h.GetProperty("kind").GetString() == "banned.term");
    }

    [Fact]
    public async Task Fast_polite_replies_raise_nothing()
    {
        using var ingest = app.CreateIngestClient();
        using var admin = await app.CreateUserClientAsync("admin");
        var now = Events.Now;
        await ingest.PostAsJsonAsync("/api/events", new object[]
        {
            Events.Started("c-calm", "u-71", now),
            Events.Assigned("c-calm", "a-05", now),
            Events.Customer("c-calm", "u-71", "c-calm-1", "你好,请问什么时候发货?", now.AddSeconds(1)),
            Events.Agent("c-calm", "a-05", "c-calm-2", "亲,您好!今天下午就发货哦", now.AddSeconds(8)),
            Events.Customer("c-calm", "u-71", "c-calm-3", "好的谢谢", now.AddSeconds(20)),
            Events.Agent("c-calm", "a-05", "c-calm-4", "不客气,还有其他可以帮您的吗?祝您生活愉快!", now.AddSeconds(25)),
            Events.Closed("c-calm", now.AddSeconds(40)),
        });

        var view = JsonDocument.Parse(await admin.GetStringAsync("/api/conversations/c-calm")).RootElement;

        Assert.Equal(0, view.GetProperty("alerts").GetArrayLength());
        Assert.All(view.GetProperty("slaTimeline").EnumerateArray(), w => Assert.Equal("met", w.GetProperty("status").GetString()));
    }
}
