using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Conversations;

public sealed class ConversationFlowTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    [Fact]
    public async Task Agent_banned_term_is_a_deduction_with_evidence_and_one_alert()
    {
        using var ingest = app.CreateIngestClient();
        using var admin = await app.CreateUserClientAsync("admin");
        var now = Events.Now;
        object[] batch =
        [
            Events.Started("c-banned", "u-10", now),
            Events.Assigned("c-banned", "a-10", now),
            Events.Customer("c-banned", "u-10", "c-banned-1", "这个有优惠吗", now.AddSeconds(1)),
            Events.Agent("c-banned", "a-10", "c-banned-2", "亲,您好!今天全网最低价哦", now.AddSeconds(5)),
            Events.Agent("c-banned", "a-10", "c-banned-3", "真的是全网最低价", now.AddSeconds(8)),
        ];
        await ingest.PostAsJsonAsync("/api/events", batch);

        var view = JsonDocument.Parse(await admin.GetStringAsync("/api/conversations/c-banned")).RootElement;
        var message = view.GetProperty("messages").EnumerateArray().Single(m => m.GetProperty("eventId").GetString() == "c-banned-2");
        var deduction = message.GetProperty("analysis").GetProperty("deductions").EnumerateArray().Single(d => d.GetProperty("ruleId").GetString() == "phrase.banned");
        var text = message.GetProperty("text").GetString()!;
        Assert.Equal("全网最低价", text.Substring(deduction.GetProperty("start").GetInt32(), deduction.GetProperty("length").GetInt32()));
        var alerts = view.GetProperty("alerts").EnumerateArray().Where(a => a.GetProperty("kind").GetString() == "banned.term").ToList();
        Assert.Single(alerts);
        Assert.Contains("全网最低价", alerts[0].GetProperty("evidence").GetString(), StringComparison.Ordinal);
        var scorecard = view.GetProperty("scorecard");
        Assert.True(scorecard.GetProperty("dimensions").GetProperty("compliance").GetDouble() < 100);
    }

    [Fact]
    public async Task Customer_phone_is_masked_in_the_transcript()
    {
        using var ingest = app.CreateIngestClient();
        using var admin = await app.CreateUserClientAsync("admin");
        var now = Events.Now;
        await ingest.PostAsJsonAsync("/api/events", new object[]
        {
            Events.Started("c-pii", "u-11", now),
            Events.Customer("c-pii", "u-11", "c-pii-1", "我的电话是13812345678,请联系我", now.AddSeconds(1)),
        });

        var json = await admin.GetStringAsync("/api/conversations/c-pii");

        Assert.DoesNotContain("13812345678", json, StringComparison.Ordinal);
        var text = JsonDocument.Parse(json).RootElement.GetProperty("messages")[0].GetProperty("text").GetString()!;
        Assert.Equal("我的电话是13812345678,请联系我".Length, text.Length);
    }

    [Fact]
    public async Task Shuffled_conversation_gives_the_same_outcome_as_in_order()
    {
        var t = Events.Now.AddMinutes(-20);
        var inOrder = await PlayAsync("c-order-a", t, shuffle: false);
        var shuffled = await PlayAsync("c-order-b", t, shuffle: true);

        Assert.Equal(inOrder.Kinds, shuffled.Kinds);
        Assert.Equal(inOrder.Scorecard, shuffled.Scorecard.Replace("c-order-b", "c-order-a", StringComparison.Ordinal));
        Assert.Equal(inOrder.Timeline.Replace("c-order-a", "x", StringComparison.Ordinal), shuffled.Timeline.Replace("c-order-b", "x", StringComparison.Ordinal));
    }

    private async Task<(List<string> Kinds, string Scorecard, string Timeline)> PlayAsync(string id, DateTimeOffset t, bool shuffle)
    {
        using var ingest = app.CreateIngestClient();
        using var admin = await app.CreateUserClientAsync("admin");
        var customer = $"{id}-cust";
        var events = new List<Dictionary<string, object?>>
        {
            Events.Started(id, customer, t),
            Events.Assigned(id, "a-20", t),
            Events.Customer(id, customer, $"{id}-1", "衣服质量太差了,我要退货", t.AddSeconds(1)),
            Events.Agent(id, "a-20", $"{id}-2", "您好,全网最低价的衣服不退", t.AddSeconds(50)),
            Events.Customer(id, customer, $"{id}-3", "再不处理我就去12315投诉", t.AddSeconds(60)),
            Events.Agent(id, "a-20", $"{id}-4", "非常抱歉,马上为您处理", t.AddSeconds(300)),
            Events.Closed(id, t.AddSeconds(400)),
        };
        for (var i = 0; i < events.Count; i++)
        {
            events[i]["eventId"] = $"{id}-e{i}";
        }

        if (shuffle)
        {
            events.Reverse();
            foreach (var e in events)
            {
                await ingest.PostAsJsonAsync("/api/events", e);
            }
        }
        else
        {
            await ingest.PostAsJsonAsync("/api/events", events);
        }

        var view = JsonDocument.Parse(await admin.GetStringAsync($"/api/conversations/{id}")).RootElement;
        var kinds = view.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("kind").GetString()!).Order(StringComparer.Ordinal).ToList();
        var scorecard = view.GetProperty("scorecard").GetRawText().Replace(id, "c-order-a", StringComparison.Ordinal);
        var timeline = view.GetProperty("slaTimeline").GetRawText();
        Assert.Contains("sla.breach", kinds);
        return (kinds, scorecard, timeline);
    }

    [Fact]
    public async Task Unknown_conversation_is_404()
    {
        using var admin = await app.CreateUserClientAsync("admin");

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/conversations/never-seen")).StatusCode);
    }
}
