using Realtime.Contracts.Alerts;
using Realtime.Contracts.Floor;
using Realtime.Grains.Notifications;

namespace Realtime.Grains.Floor;

/// <summary>
/// Keeps what the wallboard shows, in memory (silos re-report everything they hold, so a new activation refills),
/// and pushes a snapshot per subscribed filter at most once a second. Only filters someone watches are computed:
/// with 50,000 waiting conversations, a snapshot for every store and team each second was most of the idle CPU.
/// </summary>
public sealed class FloorGrain(ILivePublisher publisher, TimeProvider time) : Grain, IFloorGrain
{
    private static readonly TimeSpan PushInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ClosedRetention = TimeSpan.FromHours(24);

    private readonly Dictionary<string, ConversationSummary> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AgentSummary> _agents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Alert> _alerts = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, SortedSet<string>> _stores = new(StringComparer.Ordinal);

    /// <summary>One instance of each store, team and agent id: each summary arrives with strings of its own, and closed ones stay a day.</summary>
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly FloorWatchList _watchers = new();
    private bool _dirty;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(PushAsync, new GrainTimerCreationOptions(PushInterval, PushInterval) { KeepAlive = true });
        return Task.CompletedTask;
    }

    Task IFloorGrain.ApplyAsync(FloorBatch batch)
    {
        foreach (var c in batch.Conversations)
        {
            var held = _conversations.GetValueOrDefault(c.ConversationId);
            var shared = c with
            {
                // The dictionary keeps the key it was given first: the summary holds that same instance.
                ConversationId = held?.ConversationId ?? c.ConversationId,
                StoreId = Name(c.StoreId)!,
                TeamId = Name(c.TeamId),
                AgentId = Name(c.AgentId),
            };
            _conversations[shared.ConversationId] = shared;
            Remember(shared.StoreId, shared.TeamId);
        }

        foreach (var a in batch.Agents)
        {
            _agents[a.AgentId] = a;
            if (a.StoreId is not null)
            {
                Remember(a.StoreId, a.TeamId);
            }
        }

        foreach (var a in batch.Alerts)
        {
            if (a.Status == AlertStatuses.Resolved)
            {
                _alerts.Remove(a.AlertId);
            }
            else
            {
                _alerts[a.AlertId] = a;
            }
        }

        _dirty = true;
        return Task.CompletedTask;
    }

    Task<FloorSnapshot> IFloorGrain.GetSnapshotAsync(string? storeId, string? teamId) =>
        Task.FromResult(FloorCalculator.Snapshot(_conversations.Values, _agents.Values, _alerts.Values, storeId, teamId, time.GetUtcNow()));

    Task<IReadOnlyList<StoreTeams>> IFloorGrain.GetStoresAsync() =>
        Task.FromResult<IReadOnlyList<StoreTeams>>(_stores.Select(s => new StoreTeams(s.Key, [.. s.Value])).ToList());

    Task IFloorGrain.WatchAsync(string watcherId, IReadOnlyList<FloorFilter> filters)
    {
        _watchers.Set(watcherId, filters, time.GetUtcNow());

        // A new subscriber gets its first snapshot at the next push, not only after the next change.
        _dirty = true;
        return Task.CompletedTask;
    }

    private async Task PushAsync(CancellationToken cancellationToken)
    {
        Prune();
        var anyWaiting = _conversations.Values.Any(c => c.Open && c.WaitingSince is not null);
        if (!_dirty && !anyWaiting)
        {
            return;
        }

        _dirty = false;
        var now = time.GetUtcNow();
        var watched = _watchers.Watched(now);
        if (watched.Count == 0)
        {
            return;
        }

        // Each kind of filter reads only the conversations that can match it: one pass per kind of filter watched
        // instead of one pass over every conversation per filter.
        var byStore = watched.Any(f => f is { StoreId: not null, TeamId: null }) ? Partition(c => c.StoreId) : [];
        var byStoreTeam = watched.Any(f => f is { StoreId: not null, TeamId: not null })
            ? Partition(c => c.TeamId is null ? null : StoreTeamKey(c.StoreId, c.TeamId))
            : [];
        var byTeam = watched.Any(f => f is { StoreId: null, TeamId: not null }) ? Partition(c => c.TeamId) : [];
        foreach (var filter in watched)
        {
            IEnumerable<ConversationSummary> conversations = filter switch
            {
                { StoreId: null, TeamId: null } => _conversations.Values,
                { StoreId: { } store, TeamId: null } => byStore.GetValueOrDefault(store) ?? [],
                { StoreId: null, TeamId: { } team } => byTeam.GetValueOrDefault(team) ?? [],
                { StoreId: { } store, TeamId: { } team } => byStoreTeam.GetValueOrDefault(StoreTeamKey(store, team)) ?? [],
            };
            await publisher.FloorUpdatedAsync(filter.StoreId, filter.TeamId, Snap(conversations, filter.StoreId, filter.TeamId, now));
        }
    }

    private static string StoreTeamKey(string storeId, string teamId) => $"{storeId}\u001F{teamId}";

    private Dictionary<string, List<ConversationSummary>> Partition(Func<ConversationSummary, string?> key)
    {
        var parts = new Dictionary<string, List<ConversationSummary>>(StringComparer.Ordinal);
        foreach (var c in _conversations.Values)
        {
            if (key(c) is not { } k)
            {
                continue;
            }

            if (!parts.TryGetValue(k, out var list))
            {
                parts[k] = list = [];
            }

            list.Add(c);
        }

        return parts;
    }

    private FloorSnapshot Snap(IEnumerable<ConversationSummary> conversations, string? store, string? team, DateTimeOffset now) =>
        FloorCalculator.Snapshot(conversations, _agents.Values, _alerts.Values, store, team, now);

    private string? Name(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (_names.TryGetValue(value, out var shared))
        {
            return shared;
        }

        _names.Add(value);
        return value;
    }

    private void Remember(string storeId, string? teamId)
    {
        if (!_stores.TryGetValue(storeId, out var teams))
        {
            _stores[storeId] = teams = new SortedSet<string>(StringComparer.Ordinal);
        }

        if (teamId is not null)
        {
            teams.Add(teamId);
        }
    }

    private void Prune()
    {
        var cutoff = time.GetUtcNow() - ClosedRetention;
        foreach (var id in _conversations.Where(c => !c.Value.Open && c.Value.LastActivityAt < cutoff).Select(c => c.Key).ToList())
        {
            _conversations.Remove(id);
        }
    }
}
