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
}

[GenerateSerializer, Immutable, Alias("store-teams")]
public sealed record StoreTeams([property: Id(0)] string StoreId, [property: Id(1)] IReadOnlyList<string> TeamIds);
