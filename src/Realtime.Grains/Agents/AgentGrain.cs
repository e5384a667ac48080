using Orleans.Concurrency;
using Realtime.Contracts.Agents;
using Realtime.Grains.Floor;
using Realtime.Grains.Ingest;
using Realtime.Grains.Paging;
using Realtime.Grains.Reports;

namespace Realtime.Grains.Agents;

public sealed class AgentGrain(
    [PersistentState("agent", GrainStorage.Name)] IPersistentState<AgentState> state,
    FloorFeed floor,
    TimeProvider time) : Grain, IAgentGrain
{
    private const int RememberedStatusEvents = 512;
    private static readonly TimeSpan StatusHistory = TimeSpan.FromDays(8);
    private static readonly TimeSpan RecordHistory = TimeSpan.FromDays(400);

    private readonly AgentRecordBook _records = new();

    /// <summary>The cutoff of the last full trim: until the date moves, only a record just put can be older.</summary>
    private string? _trimmedBefore;

    private string AgentId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var pages = await Task.WhenAll(state.State.RecordPages.Select(name => Page(name).LoadAsync()));
        foreach (var page in pages)
        {
            _records.Load(page.Value);
        }

        if (state.RecordExists)
        {
            Report();
        }
    }

    async Task<ApplyResult> IAgentGrain.ApplyStatusAsync(IReadOnlyList<IncomingEvent> events)
    {
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

    async Task IAgentGrain.TrackAsync(AgentConversationRecord record)
    {
        var s = state.State;
        if (!_records.Put(record))
        {
            return;
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
            // A scan of every record (a year of them for a busy agent): once a day, not on every conversation update.
            _records.RemoveBefore(cutoff);
            _trimmedBefore = cutoff;
        }
        await SaveRecordsAsync(ownStateChanged);
        Report();
    }

    Task<AgentView> IAgentGrain.GetViewAsync()
    {
        var s = state.State;
        var now = time.GetUtcNow();
        var spans = AgentFigures.Spans(s.StatusChanges);
        return Task.FromResult(new AgentView
        {
            AgentId = AgentId,
            Status = s.Status,
            StatusSince = s.StatusSince,
            Role = s.Role,
            TeamId = s.TeamId,
            StoreId = s.StoreId,
            OpenConversations = _records.Records.Values.Where(r => r.Open).Select(r => r.ConversationId).Order(StringComparer.Ordinal).ToList(),
            Today = AgentFigures.Day(AgentFigures.DateOf(now), _records.On(AgentFigures.DateOf(now)), spans, now),
            StatusTimeline = spans.Where(sp => (sp.To ?? now) >= now.AddDays(-1)).ToList(),
        });
    }

    Task<IReadOnlyList<AgentConversationRecord>> IAgentGrain.GetRecordsAsync(string fromDate, string toDate)
    {
        IReadOnlyList<AgentConversationRecord> records = _records.Records.Values
            .Where(r => string.CompareOrdinal(r.Date, fromDate) >= 0 && string.CompareOrdinal(r.Date, toDate) <= 0)
            .ToList();
        return Task.FromResult(records);
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

    /// <summary>Saves the pages of records that changed, and the agent's own state when it changed or the pages moved.</summary>
    private async Task SaveRecordsAsync(bool ownStateChanged)
    {
        var s = state.State;
        var changed = _records.TakeChangedPages();
        var pages = _records.Pages.ToList();
        if (ownStateChanged || !pages.SequenceEqual(s.RecordPages, StringComparer.Ordinal))
        {
            // Written before the pages: a page is only read back if the agent's state names it (a named page never
            // saved is empty), so a crash in between loses nothing that was acknowledged.
            s.RecordPages = pages;
            await state.WriteStateAsync();
        }

        try
        {
            await Task.WhenAll(changed.Select(c => Page(c.Name).SaveAsync(c.Page.AsImmutable())));
        }
        catch
        {
            _records.MarkChanged(changed.Select(c => c.Name));
            throw;
        }
    }

    private IStatePageGrain<AgentRecordsPage> Page(string name) => GrainFactory.Page<AgentRecordsPage>(AgentId, name);

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
