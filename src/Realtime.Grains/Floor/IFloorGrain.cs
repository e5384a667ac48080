using Realtime.Contracts.Floor;

namespace Realtime.Grains.Floor;

/// <summary>The wallboard aggregate (one per cluster, key <see cref="Key"/>): pushes snapshots at most once a second.</summary>
[Alias("floor")]
public interface IFloorGrain : IGrainWithStringKey
{
    const string Key = "floor";

    [Alias("apply")]
    Task ApplyAsync(FloorBatch batch);

    [Alias("snapshot")]
    Task<FloorSnapshot> GetSnapshotAsync(string? storeId, string? teamId);

    [Alias("stores")]
    Task<IReadOnlyList<StoreTeams>> GetStoresAsync();

    /// <summary>
    /// The filters a server process (<paramref name="watcherId"/>) has subscribers for, replacing its last report;
    /// only watched filters get pushed snapshots. Renewed by each process within <see cref="FloorWatchList.Lease"/>.
    /// </summary>
    [Alias("watch")]
    Task WatchAsync(string watcherId, IReadOnlyList<FloorFilter> filters);
}

[GenerateSerializer, Immutable, Alias("store-teams")]
public sealed record StoreTeams([property: Id(0)] string StoreId, [property: Id(1)] IReadOnlyList<string> TeamIds);
