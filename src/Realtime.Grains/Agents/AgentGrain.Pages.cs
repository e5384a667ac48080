using Realtime.Grains.Paging;

namespace Realtime.Grains.Agents;

/// <summary>The agent's persistence: its records in day pages (<see cref="AgentRecordBook"/>), loaded by day and saved as they change.</summary>
public sealed partial class AgentGrain
{
    private const int ParallelPageLoads = 32;

    /// <summary>Reads the saved pages of the days not loaded yet (a day never saved has none).</summary>
    private async Task LoadDaysAsync(IEnumerable<string> days)
    {
        var saved = state.State.RecordDays;
        var missing = days.Where(d => !_loadedDays.Contains(d)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var chunk in missing.Where(d => saved.BinarySearch(d, StringComparer.Ordinal) >= 0)
            .SelectMany(AgentRecordBook.PagesOf).Chunk(ParallelPageLoads))
        {
            foreach (var page in await Task.WhenAll(chunk.Select(name => Page(name).LoadAsync())))
            {
                _records.Load(page.Value);
            }
        }

        if (missing.Count > 0)
        {
            _loadedDays.UnionWith(missing);
            _loadedDaysVersion++;
        }
    }

    /// <summary>
    /// Saves the pages of records that changed, and the agent's own state when it changed or the days moved: at once
    /// under a durable policy. In the embedded store, saved pages live no longer than this grain's objects, so they are
    /// saved when the agent deactivates: a page save per conversation update was a grain call and a page snapshot
    /// each (closed records are packed at once all the same, which keeps the agent's memory as small).
    /// </summary>
    private Task SaveRecordsAsync(bool ownStateChanged)
    {
        _ownUnsaved |= ownStateChanged;
        if (writePolicy.WriteEveryChange)
        {
            return SaveChangedRecordsAsync();
        }

        _records.PackClosed();
        return Task.CompletedTask;
    }

    private Task SaveChangedRecordsAsync()
    {
        var s = state.State;
        var changed = _records.TakeChangedPages();
        var versions = (_records.DaysVersion, _loadedDaysVersion);
        if (versions != _daysWorkedOutAt)
        {
            // Sorting a year of days on every conversation update is not needed: only when a day came or went.
            var days = s.RecordDays.Where(d => !_loadedDays.Contains(d)).Concat(_records.Days)
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (!days.SequenceEqual(s.RecordDays, StringComparer.Ordinal))
            {
                s.RecordDays = days;
                _daysUnsaved = true;
            }

            _daysWorkedOutAt = versions;
        }

        return StatePages.SaveChangedAsync(
            changed, Page, _ownUnsaved || _daysUnsaved ? WriteOwnStateAsync : null, () => _records.MarkChanged(changed.Select(c => c.Name)));
    }

    private async Task WriteOwnStateAsync()
    {
        await state.WriteStateAsync();
        _daysUnsaved = false;
        _ownUnsaved = false;
    }

    private IStatePageGrain<AgentRecordsPage> Page(string name) => GrainFactory.Page<AgentRecordsPage>(AgentId, name);
}
