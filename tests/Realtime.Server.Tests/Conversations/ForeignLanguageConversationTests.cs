using System.Net.Http.Json;
using System.Text.Json;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Conversations;

/// <summary>German and Japanese conversations through ingest, the grains and the conversation API: their own lists score them.</summary>
public sealed class ForeignLanguageConversationTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    [Fact]
    public async Task German_agent_brush_off_and_price_claim_and_a_consumer_centre_threat_are_deducted_and_alerted()
    {
        var now = Events.Now.AddMinutes(-10);
        var view = await PlayAsync("c-de-bad", now,
        [
            Events.Customer("c-de-bad", "u-de", "c-de-bad-1", "Hallo, mein Paket ist seit zwei Wochen nicht angekommen.", now.AddSeconds(1)),
            Events.Agent("c-de-bad", "a-de", "c-de-bad-2", "Das ist nicht mein Problem, wenden Sie sich an den Paketdienst.", now.AddSeconds(20)),
            Events.Agent("c-de-bad", "a-de", "c-de-bad-3", "Bei uns bekommen Sie aber garantiert den besten Preis.", now.AddSeconds(30)),
            Events.Customer("c-de-bad", "u-de", "c-de-bad-4", "Unglaublich. Ich werde mich an die Verbraucherzentrale wenden.", now.AddSeconds(40)),
        ]);

        Assert.All(Messages(view), m => Assert.Equal("de", m.GetProperty("analysis").GetProperty("language").GetString()));
        var kinds = Kinds(view);
        Assert.Contains("rude.language", kinds);
        Assert.Contains("banned.term", kinds);
        Assert.Contains("complaint.risk", kinds);
        var threat = view.GetProperty("alerts").EnumerateArray().Single(a => a.GetProperty("kind").GetString() == "complaint.risk");
        Assert.Equal("critical", threat.GetProperty("severity").GetString());
        Assert.Contains("Verbraucherzentrale", threat.GetProperty("evidence").GetString(), StringComparison.Ordinal);
        var rules = ScorecardRules(view);
        Assert.Contains("phrase.rude", rules);
        Assert.Contains("phrase.dismissive", rules);
        Assert.Contains("phrase.banned", rules);
        Assert.Contains("courtesy.greeting", rules);
        var banned = Messages(view).Single(m => m.GetProperty("eventId").GetString() == "c-de-bad-3")
            .GetProperty("analysis").GetProperty("deductions").EnumerateArray().Single(d => d.GetProperty("ruleId").GetString() == "phrase.banned");
        Assert.Equal("den besten Preis", banned.GetProperty("evidence").GetString());
    }

    [Fact]
    public async Task German_greeting_and_closing_count_so_a_polite_german_conversation_loses_nothing()
    {
        var now = Events.Now.AddMinutes(-10);
        var view = await PlayAsync("c-de-good", now,
        [
            Events.Customer("c-de-good", "u-de2", "c-de-good-1", "Hallo, wo ist meine Bestellung?", now.AddSeconds(1)),
            Events.Agent("c-de-good", "a-de", "c-de-good-2", "Guten Tag, wie kann ich Ihnen helfen? Ich prüfe die Sendung sofort.", now.AddSeconds(15)),
            Events.Agent("c-de-good", "a-de", "c-de-good-3", "Die Sendung kommt morgen an. Vielen Dank für Ihre Geduld und einen schönen Tag noch!", now.AddSeconds(40)),
            Events.Closed("c-de-good", now.AddSeconds(60)),
        ]);

        Assert.Empty(ScorecardRules(view));
        Assert.DoesNotContain("banned.term", Kinds(view));
    }

    [Fact]
    public async Task Japanese_ranking_claim_and_a_consumer_centre_threat_are_alerted_while_keigo_greeting_and_closing_count()
    {
        var now = Events.Now.AddMinutes(-10);
        var view = await PlayAsync("c-ja", now,
        [
            Events.Customer("c-ja", "u-ja", "c-ja-1", "注文した商品がまだ届きません。", now.AddSeconds(1)),
            Events.Agent("c-ja", "a-ja", "c-ja-2", "いらっしゃいませ、お問い合わせありがとうございます。確認いたします。", now.AddSeconds(15)),
            Events.Agent("c-ja", "a-ja", "c-ja-3", "当店は業界No.1の品質で、しかも最安値です。", now.AddSeconds(30)),
            Events.Customer("c-ja", "u-ja", "c-ja-4", "対応が遅すぎます。消費者センターに相談します。", now.AddSeconds(40)),
            Events.Agent("c-ja", "a-ja", "c-ja-5", "ご迷惑をおかけして申し訳ございません。今後ともよろしくお願いいたします。", now.AddSeconds(50)),
            Events.Closed("c-ja", now.AddSeconds(70)),
        ]);

        Assert.All(Messages(view), m => Assert.Equal("ja", m.GetProperty("analysis").GetProperty("language").GetString()));
        var kinds = Kinds(view);
        Assert.Contains("banned.term", kinds);
        Assert.Contains("complaint.risk", kinds);
        var threat = view.GetProperty("alerts").EnumerateArray().Single(a => a.GetProperty("kind").GetString() == "complaint.risk");
        Assert.Equal("critical", threat.GetProperty("severity").GetString());
        var rules = ScorecardRules(view);
        Assert.Contains("phrase.banned", rules);
        Assert.DoesNotContain("courtesy.greeting", rules);
        Assert.DoesNotContain("courtesy.closing", rules);
    }

    private async Task<JsonElement> PlayAsync(string id, DateTimeOffset t, Dictionary<string, object?>[] messages)
    {
        using var ingest = app.CreateIngestClient();
        using var admin = await app.CreateUserClientAsync("admin");
        var customer = (string)messages[0]["customerId"]!;
        var agent = (string)messages[1]["agentId"]!;
        object[] batch = [Events.Started(id, customer, t), Events.Assigned(id, agent, t), .. messages];
        (await ingest.PostAsJsonAsync("/api/events", batch)).EnsureSuccessStatusCode();
        return JsonDocument.Parse(await admin.GetStringAsync($"/api/conversations/{id}")).RootElement;
    }

    private static List<JsonElement> Messages(JsonElement view) => [.. view.GetProperty("messages").EnumerateArray()];

    private static List<string> Kinds(JsonElement view) =>
        [.. view.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("kind").GetString()!)];

    private static List<string> ScorecardRules(JsonElement view) =>
        [.. view.GetProperty("scorecard").GetProperty("deductions").EnumerateArray().Select(d => d.GetProperty("ruleId").GetString()!)];
}
