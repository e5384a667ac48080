using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR.Client;
using Realtime.Server.Tests.Incidents;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Texts;

/// <summary>Hub pushes arrive rendered in each connection's language: two desks of one agent, one zh, one en.</summary>
public sealed class HubPushLanguageTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    [Fact]
    public async Task The_same_hint_reaches_a_Chinese_desk_in_Chinese_and_an_English_desk_in_English()
    {
        await using var zh = await app.ConnectHubAsync("/hubs/agent?lang=zh-CN", "agent");
        await using var en = await app.ConnectHubAsync("/hubs/agent?lang=en-US", "agent");
        var toZh = new ConcurrentQueue<JsonElement>();
        var toEn = new ConcurrentQueue<JsonElement>();
        zh.On<JsonElement>("hint", toZh.Enqueue);
        en.On<JsonElement>("hint", toEn.Enqueue);

        using var ingest = app.CreateIngestClient();
        var now = Events.Now;
        (await ingest.PostAsJsonAsync("/api/events", new object[]
        {
            Events.Assigned("c-hub-lang", "a-01", now, storeId: "store-hub-lang"),
            Events.Customer("c-hub-lang", "u-hub-lang", "c-hub-lang-1", "在吗", now.AddSeconds(1), storeId: "store-hub-lang"),
            Events.Agent("c-hub-lang", "a-01", "c-hub-lang-2", "您好,我们是全网最低价", now.AddSeconds(5), storeId: "store-hub-lang"),
        })).EnsureSuccessStatusCode();

        static JsonElement? Banned(ConcurrentQueue<JsonElement> q) =>
            q.FirstOrDefault(h => h.GetProperty("conversationId").GetString() == "c-hub-lang" && h.GetProperty("kind").GetString() == "banned.term") is { ValueKind: JsonValueKind.Object } h ? h : null;
        await FakeClockAppFactory.EventuallyAsync(() => Task.FromResult(Banned(toZh) is not null && Banned(toEn) is not null), "the banned-term hint on both desks");

        var inChinese = Banned(toZh)!.Value;
        var inEnglish = Banned(toEn)!.Value;
        Assert.Equal(inChinese.GetProperty("messageKey").GetString(), inEnglish.GetProperty("messageKey").GetString());
        Assert.Contains(Unquoted(inChinese), IsChinese);
        Assert.DoesNotContain(Unquoted(inEnglish), IsChinese);
        Assert.Single(toZh, h => h.GetProperty("hintId").GetString() == inChinese.GetProperty("hintId").GetString());
    }

    private static bool IsChinese(char c) => c is >= '\u4e00' and <= '\u9fff';

    /// <summary>The hint's own words, without the quoted words of the agent.</summary>
    private static string Unquoted(JsonElement hint) => Regex.Replace(hint.GetProperty("text").GetString()!, "“[^”]*”", string.Empty);
}
