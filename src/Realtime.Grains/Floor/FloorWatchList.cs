namespace Realtime.Grains.Floor;

/// <summary>
/// The filters each server process has wallboard subscribers for, as last reported. A report lasts
/// <see cref="Lease"/>: processes renew it well before, so a process that died stops costing snapshots.
/// </summary>
public sealed class FloorWatchList
{
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(90);

    private readonly Dictionary<string, (IReadOnlyList<FloorFilter> Filters, DateTimeOffset At)> _watchers = new(StringComparer.Ordinal);

    public void Set(string watcherId, IReadOnlyList<FloorFilter> filters, DateTimeOffset now)
    {
        if (filters.Count == 0)
        {
            _watchers.Remove(watcherId);
            return;
        }

        _watchers[watcherId] = (filters, now);
    }

    /// <summary>The filters watched by a process whose report is still within its lease.</summary>
    public IReadOnlySet<FloorFilter> Watched(DateTimeOffset now)
    {
        foreach (var gone in _watchers.Where(w => now - w.Value.At > Lease).Select(w => w.Key).ToList())
        {
            _watchers.Remove(gone);
        }

        return _watchers.Values.SelectMany(w => w.Filters).ToHashSet();
    }
}
