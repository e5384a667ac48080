using System.Net.Http.Json;
using System.Text.Json;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Conversations;

/// <summary>Alerts that come from the shipped models: mood that turns and stays bad, and disclosures missing at close.</summary>
public sealed class ModelAlertTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    [Fact]
    public async Task Customer_messages_carry_mood_topic_and_complaint_risk()
    {
        var view = await PlayAsync("c-model", ("customer", "快递三天了还没到,什么时候能送到?"));

        var analysis = view.GetProperty("messages")[0].GetProperty("analysis");
        Assert.Equal("logistics", analysis.GetProperty("topic").GetString());
        Assert.True(analysis.TryGetProperty("sentiment", out _));
        Assert.InRange(analysis.GetProperty("complaintRisk").GetDouble(), 0, 1);
        Assert.NotEmpty(view.GetProperty("moodTrajectory").EnumerateArray());
    }

    [Fact]
    public async Task Mood_that_turns_and_stays_bad_raises_one_alert_but_one_grumpy_line_does_not()
    {
        var turned = await PlayAsync("c-mood-turn",
            ("customer", "你好,请问这件衣服有货吗"),
            ("agent", "亲,您好,有货的"),
            ("customer", "质量太差了,非常失望"),
            ("agent", "请问是哪里有问题呢"),
            ("customer", "做工粗糙,颜色也不对,太差劲了"),
            ("customer", "真是垃圾,浪费钱"));
        var once = await PlayAsync("c-mood-once",
            ("customer", "你好,请问这件衣服有货吗"),
            ("agent", "亲,您好,有货的"),
            ("customer", "唉,等了好久"),
            ("agent", "抱歉久等了"),
            ("customer", "好的,谢谢你"));

        Assert.Single(Kinds(turned), k => k == "negative.sentiment");
        Assert.DoesNotContain("negative.sentiment", Kinds(once));
    }

    [Fact]
    public async Task Refund_closed_without_the_return_address_raises_missing_disclosure()
    {
        var missing = await PlayAsync("c-disc-missing", close: true,
            ("customer", "衣服尺码不合适,我要退货退款"),
            ("agent", "您好,可以退货的,请自行寄回,在订单页面填写快递单号就行"));
        var told = await PlayAsync("c-disc-told", close: true,
            ("customer", "衣服尺码不合适,我要退货退款"),
            ("agent", "您好,请在签收后7天内寄回,退货地址:杭州市余杭区文一西路969号售后部,运费由我们承担,验货后3天内退款"));

        Assert.Contains("missing.disclosure", Kinds(missing));
        Assert.DoesNotContain("missing.disclosure", Kinds(told));
    }

    private async Task<JsonElement> PlayAsync(string id, params (string Sender, string Text)[] turns) => await PlayAsync(id, false, turns);

    private async Task<JsonElement> PlayAsync(string id, bool close, params (string Sender, string Text)[] turns)
    {
        using var ingest = app.CreateIngestClient();
        using var admin = await app.CreateUserClientAsync("admin");
        var t = Events.Now.AddMinutes(-5);
        var events = new List<object> { Events.Started(id, $"{id}-cust", t), Events.Assigned(id, "a-90", t) };
        for (var i = 0; i < turns.Length; i++)
        {
            var at = t.AddSeconds(5 * (i + 1));
            events.Add(turns[i].Sender == "customer"
                ? Events.Customer(id, $"{id}-cust", $"{id}-{i}", turns[i].Text, at)
                : Events.Agent(id, "a-90", $"{id}-{i}", turns[i].Text, at));
        }

        if (close)
        {
            events.Add(Events.Closed(id, t.AddSeconds(5 * (turns.Length + 1))));
        }

        await ingest.PostAsJsonAsync("/api/events", events);
        return JsonDocument.Parse(await admin.GetStringAsync($"/api/conversations/{id}")).RootElement.Clone();
    }

    private static List<string?> Kinds(JsonElement view) =>
        view.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("kind").GetString()).ToList();
}
