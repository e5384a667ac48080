using FsCheck;
using FsCheck.Fluent;
using Realtime.Contracts.Alerts;
using Realtime.Grains.Floor;

namespace Realtime.Server.Tests.Floor;

public sealed class FloorCalculatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 11, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Top_k_keeps_what_a_full_sort_would_put_first() =>
        Prop.ForAll(Gen.Choose(0, 1000).ArrayOf().ToArbitrary(), Gen.Choose(0, 12).ToArbitrary(), (values, k) =>
        {
            var top = new TopK<int>(k, Comparer<int>.Create((a, b) => b.CompareTo(a)));
            foreach (var v in values)
            {
                top.Offer(v);
            }

            return top.ToList().SequenceEqual(values.OrderByDescending(v => v).Take(k));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Risk_list_is_the_50_most_severe_then_longest_waiting_of_thousands()
    {
        var conversations = Enumerable.Range(0, 5000).Select(i => new ConversationSummary
        {
            ConversationId = $"c-{i:D5}",
            StoreId = i % 2 == 0 ? "store-a" : "store-b",
            Open = true,
            AgentId = $"a-{i % 7}",
            WaitingSince = Now.AddSeconds(-(60 + (i % 600))),
            StartedAt = Now.AddMinutes(-20),
            RiskSeverity = i % 250 == 0 ? Severities.Critical : null,
            RiskReason = i % 250 == 0 ? "negative mood" : null,
        }).ToList();

        var snapshot = FloorCalculator.Snapshot(conversations, [], [], "store-a", null, Now);

        var inScope = conversations.Where(c => c.StoreId == "store-a").ToList();
        var expected = inScope
            .OrderByDescending(c => Severities.Rank(c.RiskSeverity ?? Severities.Warning))
            .ThenByDescending(c => Math.Round((Now - c.WaitingSince!.Value).TotalSeconds, 1))
            .ThenBy(c => c.ConversationId, StringComparer.Ordinal)
            .Take(50).Select(c => c.ConversationId);
        Assert.Equal(expected, snapshot.RiskConversations.Select(r => r.ConversationId));
        Assert.Equal(inScope.Count(c => c.RiskSeverity is not null), snapshot.RiskConversations.Count(r => r.Severity == Severities.Critical));
        Assert.Equal((2500, 2500, 658.0), (snapshot.Kpis.OpenConversations, snapshot.Kpis.Waiting, snapshot.Kpis.LongestWaitSeconds));
    }

    [Fact]
    public void Open_alerts_are_the_100_newest_unresolved_and_counted_by_severity()
    {
        var alerts = Enumerable.Range(0, 300).Select(i => new Alert
        {
            AlertId = $"al-{i:D6}",
            Kind = AlertKinds.BannedTerm,
            Severity = i % 3 == 0 ? Severities.Critical : Severities.Warning,
            Status = i % 10 == 0 ? AlertStatuses.Resolved : i % 10 == 1 ? AlertStatuses.Acknowledged : AlertStatuses.Open,
            StoreId = "store-a",
            RaisedAt = Now.AddSeconds(-(i / 2)),
            Message = "m",
        }).ToList();

        var snapshot = FloorCalculator.Snapshot([], [], alerts, null, null, Now);

        var unresolved = alerts.Where(a => a.Status != AlertStatuses.Resolved).ToList();
        Assert.Equal(
            unresolved.OrderByDescending(a => a.RaisedAt).ThenByDescending(a => a.AlertId, StringComparer.Ordinal).Take(100).Select(a => a.AlertId),
            snapshot.OpenAlerts.Select(a => a.AlertId));
        Assert.Equal(
            unresolved.Where(a => a.Status == AlertStatuses.Open).GroupBy(a => a.Severity).ToDictionary(g => g.Key, g => g.Count()),
            snapshot.Kpis.OpenAlertsBySeverity);
    }
}
