using System.Net.Http.Json;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Reports;

/// <summary>
/// Two agents of one store and team: a good one (fast, greets, closes, CSAT 5) and a poor one (breaches the first
/// response SLA, no greeting, a banned claim, no closing, CSAT 2).
/// </summary>
public static class ReportScenario
{
    public const string Team = "售后一组";

    /// <summary>Poor agent: responsiveness 85, resolution 70, compliance 90, courtesy 90 → 0.3·85 + 0.3·70 + 0.2·90 + 0.2·90.</summary>
    public const double PoorScore = 82.5;

    public static async Task PlayAsync(HttpClient ingest, string store, string good, string poor, DateTimeOffset t)
    {
        var goodId = $"{store}-good";
        var poorId = $"{store}-poor";
        object[] events =
        [
            Events.Started(goodId, $"{store}-u1", t, store, Team),
            Events.Assigned(goodId, good, t, store, Team),
            Events.Customer(goodId, $"{store}-u1", $"{goodId}-1", "我的快递到哪了", t.AddSeconds(1), store, Team),
            Events.Agent(goodId, good, $"{goodId}-2", "您好,马上为您查询", t.AddSeconds(6), store, Team),
            Events.Agent(goodId, good, $"{goodId}-3", "已经到您所在的城市了,祝您生活愉快", t.AddSeconds(20), store, Team),
            Events.Closed(goodId, t.AddSeconds(30), store, Team),
            Csat(goodId, 5, t.AddSeconds(31), store),
            Events.Started(poorId, $"{store}-u2", t, store, Team),
            Events.Assigned(poorId, poor, t, store, Team),
            Events.Customer(poorId, $"{store}-u2", $"{poorId}-1", "这个有优惠吗", t.AddSeconds(1), store, Team),
            Events.Agent(poorId, poor, $"{poorId}-2", "我们是全网最低价", t.AddSeconds(80), store, Team),
            Events.Closed(poorId, t.AddSeconds(90), store, Team),
            Csat(poorId, 2, t.AddSeconds(91), store),
        ];
        var response = await ingest.PostAsJsonAsync("/api/events", events);
        response.EnsureSuccessStatusCode();
    }

    public static Dictionary<string, object?> Csat(string conversationId, int rating, DateTimeOffset at, string storeId) => new()
    {
        ["eventId"] = $"{conversationId}-csat",
        ["type"] = "csat",
        ["occurredAt"] = at.ToString("O"),
        ["conversationId"] = conversationId,
        ["storeId"] = storeId,
        ["teamId"] = Team,
        ["rating"] = rating,
    };

    public static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
