using Orleans.Concurrency;
using Realtime.Contracts.Agents;
using Realtime.Grains.Floor;
using Realtime.Grains.Ingest;
using Realtime.Grains.Paging;
using Realtime.Grains.Persistence;
using Realtime.Grains.Reports;

namespace Realtime.Grains.Agents;

public sealed partial class AgentGrain(
    [PersistentState("agent", GrainStorage.Name)] IPersistentState<AgentState> state,
    FloorFeed floor,
    AgentFeed feed,
    Packer<AgentConversationRecord> packer,
    StateWritePolicy writePolicy,
    TimeProvider time) : Grain, IAgentGrain
{
    private const int RememberedStatusEvents = 512;

    /// <summary>Days loaded on activation (today and the two before), with the open conversations: today's figures.</summary>
    private static readonly TimeSpan RecentDays = TimeSpan.FromDays(2);
    private static readonly TimeSpan StatusHistory = TimeSpan.FromDays(8);
    private static readonly TimeSpan RecordHistory = TimeSpan.FromDays(400);

    private readonly AgentRecordBook _records = new(packer);
    private readonly HashSet<string> _loadedDays = new(StringComparer.Ordinal);

    /// <summary>Versions of the book's days and of <see cref="_loadedDays"/> when the saved day list was last worked out.</summary>
    private (int Book, int Loaded) _daysWorkedOutAt = (-1, -1);
    private int _loadedDaysVersion;

    /// <summary>The day list in state moved and is not written yet (kept through a failed write).</summary>
    private bool _daysUnsaved;

    /// <summary>The agent's own state changed and is not written yet (kept through a failed write).</summary>
    private bool _ownUnsaved;

    /// <summary>The cutoff of the last full trim: until the date moves, only a record just put can be older.</summary>
    private string? _trimmedBefore;

    private string AgentId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var since = AgentFigures.DateOf(time.GetUtcNow() - RecentDays);
        _records.Load((await Page(AgentRecordBook.OpenPage).LoadAsync()).Value);
        await LoadDaysAsync(state.State.RecordDays.Where(d => string.CompareOrdinal(d, since) >= 0));
        if (state.RecordExists)
        {
            Report();
        }
    }

    /// <summary>Under the process-lifetime policy, the records changed since activation (and any still in the feed) are saved now.</summary>
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (writePolicy.FlushesAt(reason))
        {
            await TakeFeedAsync();
            await SaveChangedRecordsAsync();
        }
    }

    async Task<ApplyResult> IAgentGrain.ApplyStatusAsync(IReadOnlyList<IncomingEvent> events)
    {
        // Records reported before this status batch go first, as when they came by call.
        await TakeFeedAsync();
        var s = state.State;
        int accepted = 0, duplicates = 0;
        foreach (var e in events)
        {
            if (s.RecentStatusEventIds.Contains(e.EventId))
            {
                duplicates++;
                continue;
            }

            accepted++;
            s.RecentStatusEventIds.Add(e.EventId);
            s.Role = e.Role ?? s.Role;
            s.TeamId = e.TeamId ?? s.TeamId;
            s.StoreId = e.StoreId;
            var change = new StatusChange(e.Status ?? "offline", e.OccurredAt, s.StatusChanges.Count == 0 ? 0 : s.StatusChanges.Max(c => c.Seq) + 1);
            var index = s.StatusChanges.FindIndex(c => c.At > change.At);
            s.StatusChanges.Insert(index < 0 ? s.StatusChanges.Count : index, change);
        }

        if (accepted == 0)
        {
            return new ApplyResult(0, duplicates);
        }

        if (s.RecentStatusEventIds.Count > RememberedStatusEvents)
        {
            s.RecentStatusEventIds.RemoveRange(0, s.RecentStatusEventIds.Count - RememberedStatusEvents);
        }

        var cutoff = time.GetUtcNow() - StatusHistory;
        s.StatusChanges.RemoveAll(c => c.At < cutoff && c != s.StatusChanges[^1]);
        s.Status = s.StatusChanges[^1].Status;
        s.StatusSince = s.StatusChanges[^1].At;
        await state.WriteStateAsync();
        Report();
        return new ApplyResult(accepted, duplicates);
    }

    async Task IAgentGrain.TrackAsync(AgentConversationRecord record, string? previousDate)
    {
        await TakeFeedAsync();
        if (await PutAsync(record, previousDate) is { } ownStateChanged)
        {
            await SaveRecordsAsync(ownStateChanged);
            Report();
        }
    }

    Task IAgentGrain.TakeFeedAsync() => TakeFeedAsync();

    /// <summary>Applies the records the conversations left in this silo's feed, then saves and reports once for all.</summary>
    private async Task TakeFeedAsync()
    {
        var pending = feed.Take(AgentId);
        if (pending.Count == 0)
        {
            return;
        }

        try
        {
            bool? ownStateChanged = null;
            for (var i = 0; i < pending.Count; i++)
            {
                try
                {
                    if (await PutAsync(pending[i].Record, pending[i].PreviousDate) is { } changed)
                    {
                        ownStateChanged = (ownStateChanged ?? false) | changed;
                    }
                }
                catch
                {
                    feed.Requeue(AgentId, pending.Skip(i));
                    throw;
                }
            }

            if (ownStateChanged is { } own)
            {
                await SaveRecordsAsync(own);
                Report();
            }
        }
        finally
        {
            feed.Applied(AgentId);
        }
    }

    /// <summary>Adds or replaces a record; null when it changed nothing, else whether the agent's own state changed.</summary>
    private async Task<bool?> PutAsync(AgentConversationRecord record, string? previousDate)
    {
        var s = state.State;
        await LoadDaysAsync(previousDate is null || previousDate == record.Date ? [record.Date] : [record.Date, previousDate]);
        if (!_records.Put(record))
        {
            return null;
        }

        var ownStateChanged = s.StoreId is null || s.TeamId is null || s.StatusChanges.Count == 0;
        s.StoreId ??= record.StoreId;
        s.TeamId ??= record.TeamId;
        if (s.StatusChanges.Count == 0)
        {
            // An agent seen working but never reported a status is online from its first conversation.
            s.StatusChanges.Add(new StatusChange("online", record.StartedAt, 0));
            s.Status = "online";
            s.StatusSince = record.StartedAt;
        }

        ownStateChanged |= await RegisterAsync(record);
        var cutoff = AgentFigures.DateOf(time.GetUtcNow() - RecordHistory);
        if (cutoff != _trimmedBefore || string.CompareOrdinal(record.Date, cutoff) < 0)
        {
            // Once a day, not on every conversation update: the expired days are loaded so their pages get emptied.
            await LoadDaysAsync(s.RecordDays.Where(d => string.CompareOrdinal(d, cutoff) < 0));
            _records.RemoveBefore(cutoff);
            _loadedDays.RemoveWhere(d => string.CompareOrdinal(d, cutoff) < 0);
            _loadedDaysVersion++;
            _trimmedBefore = cutoff;
        }

        return ownStateChanged;
    }

    async Task<AgentView> IAgentGrain.GetViewAsync()
    {
        await TakeFeedAsync();
        var s = state.State;
        var now = time.GetUtcNow();
        var spans = AgentFigures.Spans(s.StatusChanges);
        return new AgentView
        {
            AgentId = AgentId,
            Status = s.Status,
            StatusSince = s.StatusSince,
            Role = s.Role,
            TeamId = s.TeamId,
            StoreId = s.StoreId,
            OpenConversations = _records.Open.Select(r => r.ConversationId).Order(StringComparer.Ordinal).ToList(),
            Today = AgentFigures.Day(AgentFigures.DateOf(now), _records.On(AgentFigures.DateOf(now)), spans, now),
            StatusTimeline = spans.Where(sp => (sp.To ?? now) >= now.AddDays(-1)).ToList(),
        };
    }

    async Task<IReadOnlyList<AgentConversationRecord>> IAgentGrain.GetRecordsAsync(string fromDate, string toDate)
    {
        await TakeFeedAsync();
        // Saved days, and days only held here (not saved yet under the process-lifetime policy).
        var days = state.State.RecordDays.Concat(_records.Days).Distinct(StringComparer.Ordinal)
            .Where(d => string.CompareOrdinal(d, fromDate) >= 0 && string.CompareOrdinal(d, toDate) <= 0).ToList();
        await LoadDaysAsync(days);
        return days.SelectMany(_records.On).ToList();
    }

    /// <summary>Tells the directory once per (store, team) so reports find this agent; answers whether it told it.</summary>
    private async Task<bool> RegisterAsync(AgentConversationRecord record)
    {
        var key = $"{record.StoreId}/{record.TeamId}";
        if (state.State.Registered.Contains(key))
        {
            return false;
        }

        await GrainFactory.GetGrain<IAgentDirectoryGrain>(IAgentDirectoryGrain.Key)
            .RegisterAsync(new DirectoryEntry(AgentId, record.StoreId, record.TeamId));
        state.State.Registered.Add(key);
        return true;
    }

    private void Report()
    {
        var s = state.State;
        var today = _records.TotalsOn(AgentFigures.DateOf(time.GetUtcNow()));
        floor.Report(new AgentSummary
        {
            AgentId = AgentId,
            Status = s.Status,
            TeamId = s.TeamId,
            StoreId = s.StoreId,
            BreachesToday = today.Breaches,
            AlertsToday = today.Alerts,
        });
    }
}
