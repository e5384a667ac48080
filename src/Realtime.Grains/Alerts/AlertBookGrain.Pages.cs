using System.Globalization;
using Realtime.Contracts.Alerts;
using Realtime.Grains.Paging;

namespace Realtime.Grains.Alerts;

/// <summary>The book's persistence: its alerts in pages of <see cref="AlertLedger.PageSize"/>, loaded at activation and saved as they change.</summary>
public sealed partial class AlertBookGrain
{
    private const int KeepResolved = 5000;

    private const int ParallelPageLoads = 32;

    /// <summary>Loads the book's pages (<see cref="ParallelPageLoads"/> at a time) into the ledger.</summary>
    private async Task LoadPagesAsync()
    {
        var s = state.State;
        for (var first = s.FirstPage; first <= s.LastPage; first += ParallelPageLoads)
        {
            var last = Math.Min(s.LastPage, first + ParallelPageLoads - 1);
            var pages = await Task.WhenAll(Enumerable.Range(0, (int)(last - first + 1)).Select(i => Page(first + i).LoadAsync()));
            foreach (var page in pages)
            {
                _ledger.Load(page.Value);
            }
        }

        s.NextSeq = Math.Max(s.NextSeq, _ledger.MaxSeq + 1);
        if (s.LastPage >= 0 && _ledger.MaxSeq / AlertLedger.PageSize < s.LastPage)
        {
            // The newest page was emptied by trimming: never hand out its numbers again.
            s.NextSeq = Math.Max(s.NextSeq, (s.LastPage + 1) * AlertLedger.PageSize);
        }
    }

    /// <summary>
    /// Persists a change: at once (group commit) under a durable policy. In the embedded store, saved pages live no
    /// longer than this grain's objects, so they are saved when the book deactivates, as the agent's pages are.
    /// </summary>
    private Task SaveAsync() => writePolicy.WriteEveryChange ? Writer.WriteAsync() : Task.CompletedTask;

    /// <summary>
    /// Saves the pages changed since the last save, and the book's own state when its page range moved. Everything
    /// it saves is taken before the first await, so changes made meanwhile go to the next save.
    /// </summary>
    private Task SaveChangesAsync()
    {
        var s = state.State;
        var changed = _ledger.TakeChangedPages();
        var lastPage = Math.Max(s.LastPage, changed.Count == 0 ? s.LastPage : changed.Max(p => p.Page));
        var firstPage = _ledger.FirstPage ?? lastPage;
        var bookMoved = lastPage != s.LastPage || firstPage != s.FirstPage;
        var incidentsChanged = _incidents.TakeChanged();
        (s.FirstPage, s.LastPage) = (firstPage, lastPage);
        Func<Task>? writeOwner = (bookMoved, incidentsChanged) switch
        {
            (true, true) => () => Task.WhenAll(state.WriteStateAsync(), incidentState.WriteStateAsync()),
            (true, false) => state.WriteStateAsync,
            (false, true) => incidentState.WriteStateAsync,
            _ => null,
        };
        return StatePages.SaveChangedAsync(
            [.. changed.Select(p => (PageName(p.Page), p.State))], Page, writeOwner,
            () =>
            {
                _ledger.MarkChanged(changed.Select(p => p.Page));
                _incidents.MarkChanged(incidentsChanged);
            });
    }

    private IStatePageGrain<AlertPageState> Page(long page) => Page(PageName(page));

    private IStatePageGrain<AlertPageState> Page(string name) => GrainFactory.Page<AlertPageState>(StoreId, name);

    private static string PageName(long page) => page.ToString(CultureInfo.InvariantCulture);

    private void TrimResolved()
    {
        var resolved = _ledger.Alerts.Values.Where(a => a.Status == AlertStatuses.Resolved).ToList();
        if (resolved.Count <= KeepResolved)
        {
            return;
        }

        foreach (var old in resolved.OrderBy(a => a.ResolvedAt).Take(resolved.Count - KeepResolved))
        {
            _ledger.Remove(old.AlertId);
        }

        _incidents.TrimResolved();
    }
}
