using Realtime.Contracts.Agents;
using Realtime.Grains.Floor;
using Realtime.Grains.Ingest;
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

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.RecordExists)
        {
            Report();
        }

        return Task.CompletedTask;
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
        if (s.Records.TryGetValue(record.ConversationId, out var existing) && existing == record)
        {
            return;
        }

        s.Records[record.ConversationId] = record;
        s.StoreId ??= record.StoreId;
        s.TeamId ??= record.TeamId;
        if (s.StatusChanges.Count == 0)
        {
            // An agent seen working but never reported a status is online from its first conversation.
            s.StatusChanges.Add(new StatusChange("online", record.StartedAt, 0));
            s.Status = "online";
            s.StatusSince = record.StartedAt;
        }

        await RegisterAsync(record);
        var cutoff = AgentFigures.DateOf(time.GetUtcNow() - RecordHistory);
        foreach (var old in s.Records.Values.Where(r => string.CompareOrdinal(r.Date, cutoff) < 0).Select(r => r.ConversationId).ToList())
        {
            s.Records.Remove(old);
        }

        await state.WriteStateAsync();
        Report();
    }

    Task<AgentView> IAgentGrain.GetViewAsync()
    {
        var s = state.State;
        var now = time.GetUtcNow();
        var spans = AgentFigures.Spans(s.StatusChanges);
        return Task.FromResult(new AgentView
        {
            AgentId = this.GetPrimaryKeyString(),
            Status = s.Status,
            StatusSince = s.StatusSince,
            Role = s.Role,
            TeamId = s.TeamId,
            StoreId = s.StoreId,
            OpenConversations = s.Records.Values.Where(r => r.Open).Select(r => r.ConversationId).Order(StringComparer.Ordinal).ToList(),
            Today = AgentFigures.Day(AgentFigures.DateOf(now), s.Records.Values, spans, now),
            StatusTimeline = spans.Where(sp => (sp.To ?? now) >= now.AddDays(-1)).ToList(),
        });
    }

    Task<IReadOnlyList<AgentConversationRecord>> IAgentGrain.GetRecordsAsync(string fromDate, string toDate)
    {
        IReadOnlyList<AgentConversationRecord> records = state.State.Records.Values
            .Where(r => string.CompareOrdinal(r.Date, fromDate) >= 0 && string.CompareOrdinal(r.Date, toDate) <= 0)
            .ToList();
        return Task.FromResult(records);
    }

    /// <summary>Tells the directory once per (store, team) so reports find this agent.</summary>
    private async Task RegisterAsync(AgentConversationRecord record)
    {
        var key = $"{record.StoreId}/{record.TeamId}";
        if (state.State.Registered.Contains(key))
        {
            return;
        }

        await GrainFactory.GetGrain<IAgentDirectoryGrain>(IAgentDirectoryGrain.Key)
            .RegisterAsync(new DirectoryEntry(this.GetPrimaryKeyString(), record.StoreId, record.TeamId));
        state.State.Registered.Add(key);
    }

    private void Report()
    {
        var s = state.State;
        var today = AgentFigures.DateOf(time.GetUtcNow());
        var todays = s.Records.Values.Where(r => r.Date == today).ToList();
        floor.Report(new AgentSummary
        {
            AgentId = this.GetPrimaryKeyString(),
            Status = s.Status,
            TeamId = s.TeamId,
            StoreId = s.StoreId,
            BreachesToday = todays.Sum(r => r.Breaches),
            AlertsToday = todays.Sum(r => r.Alerts),
        });
    }
}
