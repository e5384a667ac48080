using System.Collections.Concurrent;
using Realtime.Grains.Floor;

namespace Realtime.Server.Hubs;

/// <summary>
/// The wallboard filters this process's floor-hub connections are subscribed to, reported to the floor grain (at once
/// on a change, and renewed by <see cref="FloorWatchRenewal"/>) so it computes snapshots only for watched filters.
/// </summary>
public sealed class FloorWatchers(IGrainFactory grains)
{
    private readonly ConcurrentDictionary<string, FloorFilter> _connections = new(StringComparer.Ordinal);

    /// <summary>This process, as the floor grain knows it.</summary>
    public string WatcherId { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public Task SetAsync(string connectionId, FloorFilter filter)
    {
        _connections[connectionId] = filter;
        return ReportAsync();
    }

    public Task RemoveAsync(string connectionId) =>
        _connections.TryRemove(connectionId, out _) ? ReportAsync() : Task.CompletedTask;

    public Task ReportAsync() =>
        grains.GetGrain<IFloorGrain>(IFloorGrain.Key).WatchAsync(WatcherId, [.. _connections.Values.Distinct()]);
}
