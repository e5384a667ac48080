using Realtime.Contracts.Alerts;
using Realtime.Grains.Paging;

namespace Realtime.Grains.Alerts;

/// <summary>
/// The alerts of one store in memory, grouped in pages of <see cref="PageSize"/> consecutive alert numbers, with the
/// pages changed since the last save. An alert of the newest page is packed once per change and its bytes kept, so a
/// raise saves its page by copying the bytes of the page's other alerts. Plain class: the alert book grain is its only
/// user and never calls it concurrently.
/// </summary>
public sealed class AlertLedger(Packer<AlertEntry> packer)
{
    /// <summary>Alerts per page: a raise rewrites at most this many, however many alerts the store has.</summary>
    public const int PageSize = 64;

    private readonly Dictionary<string, Alert> _alerts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _conditions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _conditionOf = new(StringComparer.Ordinal);
    private readonly SortedDictionary<long, HashSet<string>> _pages = [];
    private readonly HashSet<long> _dirty = [];

    /// <summary>
    /// Packed entries of the newest page's alerts that did not change since they were last packed. Raises append to
    /// the newest page; older pages change only when someone acknowledges or resolves, so their bytes are not kept.
    /// </summary>
    private readonly Dictionary<string, byte[]> _packed = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, Alert> Alerts => _alerts;

    public int Count => _alerts.Count;

    /// <summary>The lowest page that still holds an alert, or null when the ledger is empty.</summary>
    public long? FirstPage => _pages.Count == 0 ? null : _pages.Keys.First();

    /// <summary>The highest alert number held, or 0.</summary>
    public long MaxSeq { get; private set; }

    public static long PageOf(string alertId) => Math.Max(0, AlertIds.SeqOf(alertId)) / PageSize;

    public bool TryGetByCondition(string conditionKey, out Alert alert)
    {
        if (_conditions.TryGetValue(conditionKey, out var id) && _alerts.TryGetValue(id, out var found))
        {
            alert = found;
            return true;
        }

        alert = null!;
        return false;
    }

    public bool HasCondition(string conditionKey) => _conditions.ContainsKey(conditionKey);

    /// <summary>Adds a new alert under its condition; its page is marked changed.</summary>
    public void Add(Alert alert, string conditionKey)
    {
        Put(alert, conditionKey);
        _dirty.Add(PageOf(alert.AlertId));
    }

    /// <summary>Replaces an alert by a newer version of itself (same id); its page is marked changed.</summary>
    public void Replace(Alert updated)
    {
        _alerts[updated.AlertId] = updated;
        _packed.Remove(updated.AlertId);
        _dirty.Add(PageOf(updated.AlertId));
    }

    public void Remove(string alertId)
    {
        if (!_alerts.Remove(alertId))
        {
            return;
        }

        _packed.Remove(alertId);

        if (_conditionOf.Remove(alertId, out var condition))
        {
            _conditions.Remove(condition);
        }

        var page = PageOf(alertId);
        if (_pages.TryGetValue(page, out var ids))
        {
            ids.Remove(alertId);
            if (ids.Count == 0)
            {
                _pages.Remove(page);
            }
        }

        _dirty.Add(page);
    }

    /// <summary>Loads a saved page (on activation); nothing is marked changed.</summary>
    public void Load(AlertPageState page)
    {
        foreach (var entry in Read(page))
        {
            Put(entry.Alert, entry.ConditionKey);
        }
    }

    /// <summary>The alerts of a saved page with their conditions, whichever way it was written.</summary>
    public IEnumerable<AlertEntry> Read(AlertPageState page)
    {
        var conditionOf = page.Conditions.ToDictionary(c => c.Value, c => c.Key, StringComparer.Ordinal);
        return page.Alerts.Values.Select(a => new AlertEntry(a, conditionOf.GetValueOrDefault(a.AlertId))).Concat(page.Packed.Select(packer.Unpack));
    }

    /// <summary>Snapshots of every page changed since the last call (empty pages included), and forgets the changes.</summary>
    public IReadOnlyList<(long Page, AlertPageState State)> TakeChangedPages()
    {
        var result = new List<(long, AlertPageState)>(_dirty.Count);
        foreach (var page in _dirty)
        {
            var state = new AlertPageState();
            if (_pages.TryGetValue(page, out var ids))
            {
                state.Packed.Capacity = ids.Count;
                foreach (var id in ids)
                {
                    if (!_packed.TryGetValue(id, out var packed))
                    {
                        _packed[id] = packed = packer.Pack(new AlertEntry(_alerts[id], _conditionOf.GetValueOrDefault(id)));
                    }

                    state.Packed.Add(packed);
                }

                if (page != MaxSeq / PageSize)
                {
                    foreach (var id in ids)
                    {
                        _packed.Remove(id);
                    }
                }
            }

            result.Add((page, state));
        }

        _dirty.Clear();
        return result;
    }

    /// <summary>Marks pages changed again (their save failed).</summary>
    public void MarkChanged(IEnumerable<long> pages) => _dirty.UnionWith(pages);

    private void Put(Alert alert, string? conditionKey)
    {
        _alerts[alert.AlertId] = alert;
        _packed.Remove(alert.AlertId);
        if (conditionKey is not null)
        {
            _conditions[conditionKey] = alert.AlertId;
            _conditionOf[alert.AlertId] = conditionKey;
        }

        var page = PageOf(alert.AlertId);
        if (!_pages.TryGetValue(page, out var ids))
        {
            _pages[page] = ids = new HashSet<string>(StringComparer.Ordinal);
        }

        ids.Add(alert.AlertId);
        MaxSeq = Math.Max(MaxSeq, AlertIds.SeqOf(alert.AlertId));
    }
}
