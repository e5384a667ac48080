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
        Assert.Equal("negative", Sentiment(view, "c-de-bad-4"));
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
        Assert.Equal("negative", Sentiment(view, "c-ja-4"));
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

    [Fact]
    public async Task German_return_is_a_refund_topic_whose_three_disclosures_the_agent_gave_and_the_thanks_reads_positive()
    {
        var now = Events.Now.AddMinutes(-10);
        var view = await PlayAsync("c-de-return", now,
        [
            Events.Customer("c-de-return", "u-de3", "c-de-return-1", "Guten Tag, ich möchte die Jacke zurückschicken, sie ist mir zu groß.", now.AddSeconds(1)),
            Events.Agent("c-de-return", "a-de", "c-de-return-2", "Guten Tag, wie kann ich Ihnen helfen? Die Rücksendung ist natürlich möglich.", now.AddSeconds(10)),
            Events.Agent("c-de-return", "a-de", "c-de-return-3", "Bitte senden Sie die Ware an unsere Rücksendeadresse auf dem Retourenschein. Die Rücksendekosten übernehmen wir, die Erstattung erfolgt drei Werktage nach Eingang.", now.AddSeconds(30)),
            Events.Customer("c-de-return", "u-de3", "c-de-return-4", "Super, vielen Dank!", now.AddSeconds(40)),
            Events.Agent("c-de-return", "a-de", "c-de-return-5", "Vielen Dank für Ihre Geduld und einen schönen Tag noch!", now.AddSeconds(45)),
            Events.Closed("c-de-return", now.AddSeconds(60)),
        ]);

        var first = Messages(view).Single(m => m.GetProperty("eventId").GetString() == "c-de-return-1").GetProperty("analysis");
        Assert.Equal("refund_return", first.GetProperty("topic").GetString());
        Assert.Equal("positive", Sentiment(view, "c-de-return-4"));
        var disclosed = Messages(view).Single(m => m.GetProperty("eventId").GetString() == "c-de-return-3").GetProperty("analysis").GetProperty("tags")
            .EnumerateArray().Select(t => t.GetString()).ToList();
        Assert.Contains("disclosure.refund_return.returnAddress", disclosed);
        Assert.Contains("disclosure.refund_return.shippingPayer", disclosed);
        Assert.Contains("disclosure.refund_return.inspectionPeriod", disclosed);
        Assert.Empty(ScorecardRules(view));
        Assert.DoesNotContain("missing.disclosure", Kinds(view));
    }

    [Fact]
    public async Task German_return_without_the_disclosures_is_deducted_for_them()
    {
        var now = Events.Now.AddMinutes(-10);
        var view = await PlayAsync("c-de-nodisc", now,
        [
            Events.Customer("c-de-nodisc", "u-de4", "c-de-nodisc-1", "Guten Tag, ich möchte die Schuhe zurückschicken.", now.AddSeconds(1)),
            Events.Agent("c-de-nodisc", "a-de", "c-de-nodisc-2", "Guten Tag, wie kann ich Ihnen helfen? Schicken Sie die Ware einfach zurück.", now.AddSeconds(10)),
            Events.Agent("c-de-nodisc", "a-de", "c-de-nodisc-3", "Vielen Dank für Ihre Geduld und einen schönen Tag noch!", now.AddSeconds(20)),
            Events.Closed("c-de-nodisc", now.AddSeconds(30)),
        ]);

        Assert.Contains("disclosure.missing", ScorecardRules(view));
    }

    private static string? Sentiment(JsonElement view, string eventId) =>
        Messages(view).Single(m => m.GetProperty("eventId").GetString() == eventId).GetProperty("analysis").GetProperty("sentiment").GetString();

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
