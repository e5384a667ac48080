using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Realtime.Server.Tests.Incidents;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Platforms;

/// <summary>
/// Platform response rates through HTTP: rounds inside and outside a window that runs past the store's local
/// midnight, judged live, and one <c>platform.rate.low</c> per rule and local day that resolves itself on recovery.
/// The store's zone is the whole-hour zone where it is now between 01:00 and 02:00, so local midnight was 1–2 h ago.
/// </summary>
public sealed class PlatformRatesApiTests(FakeClockAppFactory app) : IClassFixture<FakeClockAppFactory>
{
    private const string Store = "store-rates";

    [Fact]
    public async Task Rates_count_rounds_by_store_local_day_and_window_and_warn_once_then_resolve_on_recovery()
    {
        var now = app.Clock.GetUtcNow();
        var offset = ((1 - now.UtcDateTime.Hour) % 24 + 24) % 24;
        offset = offset > 14 ? offset - 24 : offset;
        var zone = offset == 0 ? "Etc/GMT" : $"Etc/GMT{(offset > 0 ? "-" : "+")}{Math.Abs(offset)}";
        var midnight = new DateTimeOffset(now.ToOffset(TimeSpan.FromHours(offset)).Date, TimeSpan.FromHours(offset));
        await PutRulesetAsync(zone);
        using var ingest = app.CreateIngestClient();
        using var qa = await app.CreateUserClientAsync("qa");

        await RoundAsync(ingest, "c-pr-yesterday", midnight.AddMinutes(-30), replyAfter: 60);    // in the window, yesterday: met
        await RoundAsync(ingest, "c-pr-outside", midnight.AddMinutes(-90), replyAfter: 600);     // 22:30, outside 23:00–03:00
        await RoundAsync(ingest, "c-pr-met", midnight.AddMinutes(10), replyAfter: 30);
        await RoundAsync(ingest, "c-pr-late", midnight.AddMinutes(20), replyAfter: 300);
        await RoundAsync(ingest, "c-pr-unanswered", midnight.AddMinutes(30), replyAfter: null);
        await RoundAsync(ingest, "c-pr-waiting", app.Clock.GetUtcNow().AddSeconds(-10), replyAfter: null);

        var rate = await EventuallyRateAsync(qa, r => r.GetProperty("today").GetProperty("missed").GetInt32() == 2 && r.GetProperty("today").GetProperty("pending").GetInt32() == 1);
        AssertFigures(rate.GetProperty("today"), 33.3, met: 1, missed: 2, pending: 1);
        AssertFigures(rate.GetProperty("last30Days"), 50, met: 2, missed: 2, pending: 1);
        Assert.Equal(["c-pr-unanswered", "c-pr-late"], rate.GetProperty("missedRounds").EnumerateArray().Select(m => m.GetProperty("conversationId").GetString()));
        Assert.Equal(("3-minute human response rate", "3分钟人工响应率"), (await PresetNameAsync(qa, "en-US"), await PresetNameAsync(qa, "zh-CN")));
        var alert = await EventuallyAlertAsync(qa, a => true);
        Assert.Equal("warning", alert.GetProperty("severity").GetString());
        Assert.Contains("c-pr-late", alert.GetProperty("evidence").GetString());
        Assert.Equal("alert.platformRateLow", alert.GetProperty("messageKey").GetString());

        // The waiting round runs out of time with no event: missed, and still one alert.
        app.Clock.Advance(TimeSpan.FromSeconds(180));
        rate = await EventuallyRateAsync(qa, r => r.GetProperty("today").GetProperty("missed").GetInt32() == 3);
        AssertFigures(rate.GetProperty("today"), 25, met: 1, missed: 3, pending: 0);

        // 17 more rounds answered in time: 18 of 21 = 85.7 % ≥ 85 (target 80 + margin 5) resolves it.
        for (var i = 0; i < 17; i++)
        {
            await RoundAsync(ingest, $"c-pr-good-{i}", app.Clock.GetUtcNow().AddSeconds(-60), replyAfter: 20);
        }

        alert = await EventuallyAlertAsync(qa, a => a.GetProperty("status").GetString() == "resolved");
        Assert.Equal("rateRecovered", alert.GetProperty("resolvedReason").GetString());

        // Falling again the same day raises nothing new: one alert per rule and local day.
        for (var i = 0; i < 4; i++)
        {
            await RoundAsync(ingest, $"c-pr-bad-{i}", app.Clock.GetUtcNow().AddSeconds(-60), replyAfter: null, close: true);
        }

        await EventuallyRateAsync(qa, r => r.GetProperty("today").GetProperty("missed").GetInt32() == 7);
        for (var i = 0; i < 5; i++)
        {
            app.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(200);
        }

        Assert.Single(await AlertsAsync(qa));
    }

    private async Task PutRulesetAsync(string zone)
    {
        using var admin = await app.CreateUserClientAsync("admin");
        var ruleset = JsonNode.Parse(await admin.GetStringAsync($"/api/rulesets/{Store}"))!;
        ruleset["timeZone"] = zone;
        ruleset["platformMetrics"] = JsonNode.Parse("""
            [{"platform":"tmall","name":"3分钟人工响应率","replyWithinSeconds":180,"window":{"from":"23:00","to":"03:00"},"unit":"round","target":80,"warnMarginPct":5,"minRounds":3}]
            """);
        (await admin.PutAsJsonAsync($"/api/rulesets/{Store}", ruleset)).EnsureSuccessStatusCode();
        app.Clock.Advance(TimeSpan.FromSeconds(2)); // past the ruleset cache's freshness
    }

    private static async Task RoundAsync(HttpClient ingest, string id, DateTimeOffset at, int? replyAfter, bool close = false)
    {
        var events = new List<object>
        {
            Events.Started(id, $"cust-{id}", at, Store),
            Events.Customer(id, $"cust-{id}", $"{id}-q", "在吗?这款有现货吗", at, Store),
        };
        if (replyAfter is { } seconds)
        {
            events.Add(Events.Agent(id, "a-pr-1", $"{id}-a", "亲,有现货的", at.AddSeconds(seconds), Store));
        }

        if (close)
        {
            events.Add(Events.Closed(id, at.AddSeconds(30), Store));
        }

        (await ingest.PostAsJsonAsync("/api/events", events)).EnsureSuccessStatusCode();
    }

    private static async Task<JsonElement> EventuallyRateAsync(HttpClient qa, Func<JsonElement, bool> done)
    {
        JsonElement rate = default;
        await FakeClockAppFactory.EventuallyAsync(async () =>
        {
            var stores = JsonDocument.Parse(await qa.GetStringAsync($"/api/platform-metrics?storeId={Store}")).RootElement;
            rate = Assert.Single(Assert.Single(stores.EnumerateArray()).GetProperty("metrics").EnumerateArray());
            return done(rate);
        }, "the platform rate");
        return rate;
    }

    /// <summary>A preset's name is read in the reader's language.</summary>
    private static async Task<string?> PresetNameAsync(HttpClient qa, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/platform-metrics?storeId={Store}");
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await qa.SendAsync(request);
        var stores = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return Assert.Single(Assert.Single(stores.EnumerateArray()).GetProperty("metrics").EnumerateArray()).GetProperty("name").GetString();
    }

    private static async Task<List<JsonElement>> AlertsAsync(HttpClient qa) =>
        [.. JsonDocument.Parse(await qa.GetStringAsync($"/api/alerts?storeId={Store}&kind=platform.rate.low")).RootElement.EnumerateArray()];

    /// <summary>The rates are judged on a grain timer: the fake clock moves a second at a time until the alert is there.</summary>
    private async Task<JsonElement> EventuallyAlertAsync(HttpClient qa, Func<JsonElement, bool> done)
    {
        JsonElement alert = default;
        await app.AdvanceUntilAsync(async () =>
        {
            var alerts = await AlertsAsync(qa);
            alert = alerts.FirstOrDefault();
            return alerts.Count == 1 && done(alert);
        }, TimeSpan.FromSeconds(30));
        return alert;
    }

    private static void AssertFigures(JsonElement figures, double rate, int met, int missed, int pending)
    {
        Assert.Equal(rate, figures.GetProperty("ratePct").GetDouble());
        Assert.Equal(met, figures.GetProperty("met").GetInt32());
        Assert.Equal(missed, figures.GetProperty("missed").GetInt32());
        Assert.Equal(pending, figures.GetProperty("pending").GetInt32());
    }
}
