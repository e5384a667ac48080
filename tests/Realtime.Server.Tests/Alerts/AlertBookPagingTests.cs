using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Core.Internal;
using Realtime.Contracts.Alerts;
using Realtime.Grains.Alerts;
using Realtime.Grains.Paging;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Alerts;

/// <summary>
/// A store's alerts are persisted in pages of <see cref="AlertLedger.PageSize"/>: after the book is deactivated and
/// read back from storage, every alert, its lifecycle and its condition are there, and new alerts get new numbers.
/// </summary>
public sealed class AlertBookPagingTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    private const string Store = "store-pages";

    [Fact]
    public async Task Alerts_over_several_pages_survive_the_book_being_deactivated()
    {
        var count = (2 * AlertLedger.PageSize) + 40;
        using var ingest = app.CreateIngestClient();
        using var oncall = await app.CreateUserClientAsync("oncall");
        var now = Events.Now;
        var batch = Enumerable.Range(0, count)
            .Select(i => (object)Events.Agent($"c-page-{i}", "a-pages", $"c-page-{i}-1", "亲,全网最低价", now, storeId: Store))
            .ToArray();
        (await ingest.PostAsJsonAsync("/api/events", batch)).EnsureSuccessStatusCode();
        var before = await AlertsAsync(oncall);
        var first = before.Single(a => a.GetProperty("conversationId").GetString() == "c-page-0").GetProperty("alertId").GetString()!;
        var last = before.Single(a => a.GetProperty("conversationId").GetString() == $"c-page-{count - 1}").GetProperty("alertId").GetString()!;
        (await oncall.PostAsJsonAsync($"/api/alerts/{first}/ack", new { note = "page zero" })).EnsureSuccessStatusCode();
        (await oncall.PostAsync($"/api/alerts/{last}/resolve", null)).EnsureSuccessStatusCode();

        var grains = app.Services.GetRequiredService<IGrainFactory>();
        var book = grains.GetGrain<IAlertBookGrain>(Store);
        await book.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        await Task.Delay(500);

        var after = await AlertsAsync(oncall);
        Assert.Equal(count, after.Count);
        Assert.Equal(before.Select(a => a.GetProperty("alertId").GetString()).Order(), after.Select(a => a.GetProperty("alertId").GetString()).Order());
        Assert.Equal("acknowledged", after.Single(a => a.GetProperty("alertId").GetString() == first).GetProperty("status").GetString());
        Assert.Equal("resolved", after.Single(a => a.GetProperty("alertId").GetString() == last).GetProperty("status").GetString());

        // The condition of a stored alert (the conversation grain keys it "{conversationId}:banned.term") still answers
        // with that alert; a new condition gets the next number.
        var again = await book.RaiseAsync([Draft("c-page-7:banned.term:again"), Draft("c-page-7:banned.term")]);

        // Every draft answered, in the drafts' order (the conversation grain pairs answers with its conditions by it).
        Assert.Equal(["c-page-7:banned.term:again", "c-page-7:banned.term"], again.Select(a => a.ConditionKey));
        Assert.True(again[0].IsNew);
        Assert.DoesNotContain(after, a => a.GetProperty("alertId").GetString() == again[0].Alert.AlertId);
        Assert.False(again[1].IsNew);
        Assert.Equal(AlertIds.SeqOf(again[0].Alert.AlertId), after.Max(a => AlertIds.SeqOf(a.GetProperty("alertId").GetString()!)) + 1);
    }

    [Fact]
    public async Task The_embedded_book_saves_its_pages_when_it_deactivates_not_on_every_raise()
    {
        const string store = "store-pages-later";
        using var ingest = app.CreateIngestClient();
        (await ingest.PostAsJsonAsync("/api/events", new object[]
        {
            Events.Agent("c-later-1", "a-later", "c-later-1-1", "亲,全网最低价", Events.Now, storeId: store),
        })).EnsureSuccessStatusCode();
        var grains = app.Services.GetRequiredService<IGrainFactory>();
        var book = grains.GetGrain<IAlertBookGrain>(store);
        Assert.Single(await book.QueryAsync(new AlertQuery()));
        var page = grains.Page<AlertPageState>(store, "0");

        Assert.True((await page.LoadAsync()).Value.IsEmpty);

        await book.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        for (var attempt = 0; attempt < 50 && (await page.LoadAsync()).Value.IsEmpty; attempt++)
        {
            await Task.Delay(100);
        }

        Assert.Single((await page.LoadAsync()).Value.Packed);
        Assert.Single(await book.QueryAsync(new AlertQuery()));
    }

    private static AlertDraft Draft(string conditionKey) => new()
    {
        ConditionKey = conditionKey,
        Kind = "banned.term",
        Severity = "warning",
        Message = "test",
        ConversationId = "c-page-7",
    };

    private static async Task<List<JsonElement>> AlertsAsync(HttpClient client) =>
        JsonDocument.Parse(await client.GetStringAsync($"/api/alerts?storeId={Store}&limit=5000")).RootElement.EnumerateArray().ToList();
}
