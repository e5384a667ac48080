using Realtime.Grains.Floor;

namespace Realtime.Server.Tests.Hubs;

public sealed class FloorWatchListTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Filters_of_every_process_are_watched_until_their_lease_runs_out()
    {
        var list = new FloorWatchList();
        list.Set("p1", [new FloorFilter("s1", null), new FloorFilter(null, null)], T0);
        list.Set("p2", [new FloorFilter("s1", null), new FloorFilter("s2", "t1")], T0.AddSeconds(60));

        Assert.Equal(3, list.Watched(T0.AddSeconds(61)).Count);
        Assert.Equal([new FloorFilter("s1", null), new FloorFilter("s2", "t1")], list.Watched(T0 + FloorWatchList.Lease + TimeSpan.FromSeconds(1)).Order(Comparer<FloorFilter>.Create((a, b) => string.CompareOrdinal(a.StoreId, b.StoreId))));
    }

    [Fact]
    public void A_process_reporting_no_filter_stops_being_watched_at_once()
    {
        var list = new FloorWatchList();
        list.Set("p1", [new FloorFilter(null, "t1")], T0);

        list.Set("p1", [], T0.AddSeconds(1));

        Assert.Empty(list.Watched(T0.AddSeconds(2)));
    }
}
