using Microsoft.Extensions.Logging;
using Realtime.Contracts.Alerts;
using Realtime.Contracts.Conversations;
using Realtime.Contracts.Customers;
using Realtime.Contracts.Events;
using Realtime.Contracts.Hints;
using Realtime.Contracts.Rulesets;
using Realtime.Contracts.Scoring;
using Realtime.Contracts.Texts;
using Realtime.Grains.Agents;
using Realtime.Grains.Alerts;
using Realtime.Grains.Customers;
using Realtime.Grains.Floor;
using Realtime.Grains.Hints;
using Realtime.Grains.Ingest;
using Realtime.Grains.Notifications;
using Realtime.Grains.Persistence;
using Realtime.Grains.Rulesets;
using Realtime.Scoring;

namespace Realtime.Grains.Conversations;

/// <summary>
/// One conversation. Non-reentrant: batches apply one at a time, in arrival order. Events are kept in event-time
/// order and all findings are re-derived from them, so late events give the in-order outcome. The silo's
/// <see cref="SlaAlarms"/> wake the grain when an open wait passes its next SLA threshold, so "nobody answered" alerts
/// need no event.
/// </summary>
public sealed partial class ConversationGrain(
    [PersistentState("conversation", GrainStorage.Name)] IPersistentState<ConversationState> state,
    IMessageScorer scorer,
    RulesetProvider rulesets,
    FloorFeed floor,
    AgentFeed agentFeed,
    TimeProvider time,
    StateWritePolicy writePolicy,
    SlaAlarms slaAlarms,
    DerivationFailures failures,
    ILogger<ConversationGrain> logger) : Grain, IConversationGrain
{
    /// <summary>
    /// How long a closed conversation stays active after its last batch. Concurrent batches reorder a conversation's
    /// events, so its close often lands before the messages sent just before it; each late batch then reactivated the
    /// conversation, read its state back and wrote it again (in the e2e run, about as many state reads as writes).
    /// Short, because every conversation still lingering when a gen-0 GC runs is promoted with it: 1 s made about
    /// 25 MB survive each gen-0 GC at the e2e top rate; 200 ms cut the GC pause by a third there and still saw no
    /// reactivation (conversation activations equal customer activations plus probes).
    /// </summary>
    public static readonly TimeSpan ClosedLinger = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Linger timers end on shared ticks of this many milliseconds (so after 200–250 ms). .NET's timer queue walks
    /// every timer due within a third of a second each time one fires: at the e2e top rate about a thousand lingering
    /// conversations, each due at a millisecond of its own, made that walk 1.6 % of the server's CPU (perf).
    /// </summary>
    private const long LingerTickMilliseconds = 50;

    private const int ScannedEventIds = 64;

    private readonly StateWriter<ConversationState> _writer = new(state, writePolicy);
    private IGrainTimer? _closedTimer;

    /// <summary>The threshold this activation set with the silo's <see cref="SlaAlarms"/>, if any.</summary>
    private DateTimeOffset? _slaAlarm;

    /// <summary>Ids of a long conversation's events, made when it grows past <see cref="ScannedEventIds"/>.</summary>
    private HashSet<string>? _eventIds;

    /// <summary>The record this activation last gave the agent (records are immutable).</summary>
    private AgentConversationRecord? _toldAgent;

    private string ConversationId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Events.Count > 0 && !state.State.ClosedReported)
        {
            // After a restart or a move to another silo, resume the SLA clock; a state that cannot be derived is
            // reported, and must not make every call to the conversation fail.
            if (await TryProjectAsync() is { } facts)
            {
                await SettleAsync(live: true, facts);
            }
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => _writer.FlushAsync(reason);

    /// <summary>
    /// Applies what it can: an event that cannot be scored or derived is rejected and parked in the dead-letter store
    /// while the others are applied; when telling the other grains or saving fails, nothing of this call is kept and
    /// the events come back to be sent again.
    /// </summary>
    async Task<ApplyResult> IConversationGrain.ApplyAsync(IReadOnlyList<IncomingEvent> events)
    {
        var s = state.State;
        var storeId = s.Events.Count > 0 ? s.Events[0].StoreId ?? Vocabulary.DefaultStoreId : events[0].StoreId;
        var compiled = await rulesets.GetAsync(storeId);
        var duplicates = 0;
        var added = new List<(IncomingEvent Event, StoredEvent Stored)>(events.Count);
        List<(IncomingEvent Event, Exception Error)>? failed = null;
        foreach (var e in events)
        {
            if (IsKnown(e.EventId))
            {
                duplicates++;
                continue;
            }

            try
            {
                var stored = Store(e, compiled);
                Insert(s.Events, stored);
                _eventIds?.Add(e.EventId);
                added.Add((e, stored));
            }
            catch (Exception ex)
            {
                (failed ??= []).Add((e, ex));
            }
        }

        var facts = added.Count > 0 ? await DeriveIsolatingAsync(added, failed ??= []) : null;
        if (facts is not null)
        {
            try
            {
                await SettleAsync(added.Exists(a => !a.Event.Historical), facts);
            }
            catch (Exception)
            {
                Forget(added);
                throw;
            }
        }

        if (failed is { Count: > 0 })
        {
            failures.Report(ConversationId, failed.Count, failed[0].Error);
            LogDerivationFailed(logger, failed[0].Error, ConversationId, failed.Count);
            await ParkAsync(failed);
        }

        return new ApplyResult(added.Count, duplicates, failed?.Select(f => new EventFailure(f.Event.EventId, Reason(f.Error), Retry: false)).ToList());
    }

    /// <summary>The stored form of an event, scored; throws when the scoring library cannot take it.</summary>
    private StoredEvent Store(IncomingEvent e, Scoring.Rulesets.CompiledRuleset compiled)
    {
        var s = state.State;
        var (first, last) = s.Events.Count > 0 ? (s.Events[0], s.Events[^1]) : (null, null);
        return new StoredEvent
        {
                EventId = e.EventId,
                Type = SharedStrings.Word(e.Type)!,
                OccurredAt = e.OccurredAt,
                Seq = s.NextSeq++,
                Sender = SharedStrings.Word(e.Sender),
                AgentId = SharedStrings.Share(e.AgentId, first?.AgentId, last?.AgentId),
                CustomerId = SharedStrings.Share(e.CustomerId, first?.CustomerId, last?.CustomerId),
                StoreId = SharedStrings.Share(e.StoreId, first?.StoreId, last?.StoreId),
                TeamId = SharedStrings.Share(e.TeamId, first?.TeamId, last?.TeamId),
                Platform = SharedStrings.Word(e.Platform),
                Channel = SharedStrings.Word(e.Channel),
                Text = e.Text,
                Rating = e.Rating,
                Role = SharedStrings.Word(e.Role),
                Analysis = e.Type == EventTypes.Message ? scorer.Score(e.Text ?? string.Empty, e.Sender ?? Senders.Customer, compiled) : null,
            RulesetVersion = compiled.Source.Version,
            Historical = e.Historical,
        };
    }

    /// <summary>
    /// Derives the facts with the new events; when that throws, tries them one at a time and keeps those that derive,
    /// moving the others to <paramref name="failed"/>. Null when none is left.
    /// </summary>
    private async Task<ConversationFacts?> DeriveIsolatingAsync(List<(IncomingEvent Event, StoredEvent Stored)> added, List<(IncomingEvent Event, Exception Error)> failed)
    {
        try
        {
            return await ProjectAsync();
        }
        catch (Exception ex)
        {
            Forget(added);
            var kept = new List<(IncomingEvent Event, StoredEvent Stored)>(added.Count);
            foreach (var a in added)
            {
                Insert(state.State.Events, a.Stored);
                if (await TryProjectAsync(report: false) is null)
                {
                    state.State.Events.Remove(a.Stored);
                    failed.Add((a.Event, ex));
                }
                else
                {
                    _eventIds?.Add(a.Event.EventId);
                    kept.Add(a);
                }
            }

            added.Clear();
            added.AddRange(kept);
            var facts = added.Count > 0 ? await TryProjectAsync(report: false) : null;
            if (facts is null && added.Count > 0)
            {
                // Each derives alone but not together: reject them all rather than guess.
                Forget(added);
                failed.AddRange(added.Select(a => (a.Event, ex)));
                added.Clear();
            }

            return facts;
        }
    }

    /// <summary>The facts, or null (reported) when the stored events cannot be derived.</summary>
    private async Task<ConversationFacts?> TryProjectAsync(bool report = true)
    {
        try
        {
            return await ProjectAsync();
        }
        catch (Exception ex)
        {
            if (report)
            {
                failures.Report(ConversationId, 0, ex);
                LogDerivationFailed(logger, ex, ConversationId, 0);
            }

            return null;
        }
    }

    private void Forget(List<(IncomingEvent Event, StoredEvent Stored)> added)
    {
        foreach (var (e, stored) in added)
        {
            state.State.Events.Remove(stored);
            _eventIds?.Remove(e.EventId);
        }
    }

    /// <summary>Keeps rejected events where an admin can read them; a store that cannot take them is only logged.</summary>
    private async Task ParkAsync(List<(IncomingEvent Event, Exception Error)> failed)
    {
        var at = time.GetUtcNow();
        try
        {
            await GrainFactory.Reference<IDeadLetterGrain>(IDeadLetterGrain.Key).ParkAsync([.. failed.Select(f => new DeadLetter
            {
                EventId = f.Event.EventId,
                ConversationId = ConversationId,
                StoreId = f.Event.StoreId,
                Error = Reason(f.Error),
                Failure = f.Error.GetType().Name,
                At = at,
                Event = f.Event,
            })]);
        }
        catch (Exception ex)
        {
            LogParkFailed(logger, ex, ConversationId, failed.Count);
        }
    }

    private static string Reason(Exception error) =>
        $"could not be applied ({error.GetType().Name}); the event is parked in the dead-letter store for an admin";

    async Task IConversationGrain.WakeAsync()
    {
        // The alarm was used up; the settle sets the next one (a breach after a warning).
        _slaAlarm = null;
        if (state.State.Events.Count > 0 && !state.State.ClosedReported && await TryProjectAsync() is { } facts)
        {
            await SettleAsync(live: true, facts);
        }
    }

    async Task<ConversationView?> IConversationGrain.GetViewAsync()
    {
        if (state.State.Events.Count == 0)
        {
            return null;
        }

        var facts = await ProjectAsync();
        var alerts = await GrainFactory.GetGrain<IAlertBookGrain>(facts.StoreId)
            .QueryAsync(new AlertQuery { ConversationId = ConversationId, Limit = 500 });
        return ConversationViews.Create(facts, state.State.Events, alerts, state.State.Events[^1].RulesetVersion) with
        {
            Orders = await CreditsAsync(facts.CustomerId),
        };
    }

    private async Task<ConversationFacts> ProjectAsync()
    {
        var storeId = state.State.Events[0].StoreId ?? Vocabulary.DefaultStoreId;
        var ruleset = (await rulesets.GetAsync(storeId)).Source;
        return ConversationProjector.Project(ConversationId, state.State.Events, ruleset, time.GetUtcNow(), state.State.Review);
    }

    private async Task SettleAsync(bool live) => await SettleAsync(live, await ProjectAsync());

    /// <summary>Raises what is new in the facts, tells the agent, customer and floor, then persists (as the write policy says).</summary>
    private async Task SettleAsync(bool live, ConversationFacts facts)
    {
        var s = state.State;
        List<AlertCondition>? fresh = null;
        foreach (var c in facts.Conditions)
        {
            if (!s.RaisedConditions.ContainsKey(c.Key))
            {
                (fresh ??= []).Add(c);
            }
        }

        if (fresh is not null)
        {
            await RaiseAsync(facts, fresh, live);
        }

        if (live)
        {
            await ResolveWhatNoLongerAppliesAsync(facts);
        }

        await TellCustomerAsync(facts);
        await TellAgentsAsync(facts);
        await TellSalesAsync(facts);
        await TellPlatformAsync(facts);
        s.ClosedReported = facts.IsClosed;
        await _writer.ChangedAsync();
        if (live || facts.IsClosed)
        {
            floor.Report(ConversationViews.Summary(facts));
        }

        ScheduleSlaTimer(facts);
        if (facts.IsClosed)
        {
            ScheduleDeactivation();
        }
    }

    /// <summary>
    /// A closed conversation has no clock left to run: its memory is freed <see cref="ClosedLinger"/> after its last
    /// batch (unless an event reopened it meanwhile), also when a later event brought it back; a later event, a
    /// dispute or a view reads it back from storage. Only once closed: calls queued meanwhile are forwarded to the
    /// next activation, and Orleans fails a call forwarded twice, so that activation must stay.
    /// </summary>
    private void ScheduleDeactivation()
    {
        // One timer per activation, moved with Change, rather than a new timer for every late batch.
        var due = LingerDue(Environment.TickCount64);
        if (_closedTimer is null)
        {
            _closedTimer = this.RegisterGrainTimer(
                _ =>
                {
                    if (state.State.ClosedReported)
                    {
                        DeactivateOnIdle();
                    }

                    return Task.CompletedTask;
                },
                new GrainTimerCreationOptions(due, Timeout.InfiniteTimeSpan) { KeepAlive = false });
        }
        else
        {
            _closedTimer.Change(due, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary><see cref="ClosedLinger"/>, stretched to the next shared tick of the timer queue's clock.</summary>
    internal static TimeSpan LingerDue(long tickCount) =>
        ClosedLinger + TimeSpan.FromMilliseconds(LingerTickMilliseconds - (tickCount % LingerTickMilliseconds));

    private async Task RaiseAsync(ConversationFacts facts, List<AlertCondition> fresh, bool live)
    {
        var s = state.State;
        if (!live)
        {
            // Imported history: scored and reported, but the past raises no alerts or hints.
            foreach (var c in fresh)
            {
                s.RaisedConditions[c.Key] = string.Empty;
            }

            return;
        }

        var conversationId = ConversationId;
        var drafts = new List<AlertDraft>(fresh.Count);
        foreach (var c in fresh)
        {
            if (c.RaisesAlert)
            {
                drafts.Add(new AlertDraft
                {
                    ConditionKey = $"{conversationId}:{c.Key}",
                    Kind = c.Kind,
                    Severity = c.Severity,
                    Message = c.Message.Render(TextCatalog.English),
                    MessageText = c.Message,
                    Evidence = c.Evidence,
                    EvidenceText = c.EvidenceText,
                    RuleId = c.RuleId,
                    ConversationId = conversationId,
                    AgentId = c.AgentId ?? facts.AgentId,
                    CustomerId = facts.CustomerId,
                    TeamId = facts.TeamId,
                });
            }
        }

        var raised = drafts.Count == 0 ? [] : await GrainFactory.Reference<IAlertBookGrain>(facts.StoreId).RaiseAsync(drafts);
        var next = 0;
        foreach (var c in fresh)
        {
            // The book answers every draft, in the drafts' order.
            var answer = c.RaisesAlert ? raised[next++] : null;
            s.RaisedConditions[c.Key] = answer?.Alert.AlertId ?? string.Empty;
            var agent = c.AgentId ?? facts.AgentId;
            if (c.Hint is not null && agent is not null && !facts.IsClosed)
            {
                await GrainFactory.Reference<IAgentHintsGrain>(agent).RaiseAsync(new Hint(ConversationId, c.Kind == "hint" ? "disclosure" : c.Kind, c.Severity, c.Hint.Render(TextCatalog.English), time.GetUtcNow())
                {
                    RuleId = c.RuleId,
                    MessageKey = c.Hint.Key,
                    Args = c.Hint.Args,
                    HintId = $"{conversationId}:{c.Key}",
                });
                (s.OpenHints ??= new Dictionary<string, string>(StringComparer.Ordinal))[c.Key] = agent;
            }
        }

        var newAlerts = raised.Count(a => a.IsNew);
        LogRaised(logger, ConversationId, newAlerts);
    }

    /// <summary>
    /// Resolves, as the system, the alerts of conditions that stopped applying (<see cref="AutoResolver"/>), and retires
    /// the hints that no longer apply: theirs, those whose condition went away, and every one once the conversation closes.
    /// </summary>
    private async Task ResolveWhatNoLongerAppliesAsync(ConversationFacts facts)
    {
        var s = state.State;
        var hasHints = s.OpenHints is { Count: > 0 };
        var unsettled = s.RaisedConditions.Any(r => r.Value.Length > 0 && s.SettledConditions?.Contains(r.Key) != true);
        if (!unsettled && !hasHints)
        {
            return;
        }

        var threshold = (await rulesets.GetAsync(facts.StoreId)).Source.QaLowScoreThreshold;
        var resolutions = AutoResolver.Resolutions(facts, s.Events, s.RaisedConditions.Keys, threshold);
        var conversationId = ConversationId;
        var forAlerts = resolutions
            .Where(r => s.RaisedConditions.TryGetValue(r.ConditionKey, out var id) && id.Length > 0 && s.SettledConditions?.Contains(r.ConditionKey) != true)
            .ToList();
        if (forAlerts.Count > 0)
        {
            await GrainFactory.Reference<IAlertBookGrain>(facts.StoreId).ResolveBySystemAsync(
                [.. forAlerts.Select(r => r with { ConditionKey = $"{conversationId}:{r.ConditionKey}" })]);
            s.SettledConditions ??= new HashSet<string>(StringComparer.Ordinal);
            s.SettledConditions.UnionWith(forAlerts.Select(r => r.ConditionKey));
        }

        if (s.OpenHints is { Count: > 0 } openHints)
        {
            var current = facts.Conditions.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
            var resolved = resolutions.Select(r => r.ConditionKey).ToHashSet(StringComparer.Ordinal);
            var retire = openHints.Where(h => facts.IsClosed || resolved.Contains(h.Key) || !current.Contains(h.Key)).ToList();
            foreach (var byAgent in retire.GroupBy(h => h.Value, StringComparer.Ordinal))
            {
                await GrainFactory.Reference<IAgentHintsGrain>(byAgent.Key).RetireAsync(conversationId, [.. byAgent.Select(h => $"{conversationId}:{h.Key}")]);
            }

            foreach (var (key, _) in retire)
            {
                openHints.Remove(key);
            }
        }
    }

    private async Task TellCustomerAsync(ConversationFacts facts)
    {
        var s = state.State;
        if (s.ContactRecorded || facts.CustomerId is null || facts.StartedAt is null)
        {
            return;
        }

        var historical = s.Events.All(e => e.Historical);
        await GrainFactory.ContactDeskFor(facts.CustomerId).RecordContactAsync(
            facts.CustomerId,
            new Contact(ConversationId, facts.StartedAt.Value, facts.StoreId, facts.Platform), facts.TeamId, historical);
        s.ContactRecorded = true;
    }

    private async Task TellAgentsAsync(ConversationFacts facts)
    {
        var s = state.State;
        if (facts.AgentId is null)
        {
            return;
        }

        var alerts = s.RaisedConditions.Values.Count(id => id.Length > 0);
        var record = ConversationViews.AgentRecord(facts, alerts);
        if (s.ReportedAgentId == facts.AgentId && record.SameAs(_toldAgent))
        {
            // Most customer messages change none of the agent's figures: no call, and no page to save.
            return;
        }

        if (s.ReportedAgentId is { } previous && previous != facts.AgentId)
        {
            await TrackAsync(previous, record with { Open = false, TransferredAway = true }, s.ReportedDate);
            (s.TransferredAgents ??= []).Add(previous);
        }

        if (facts.AgentHistory.Count > 1)
        {
            await TellSkippedAgentsAsync(facts, record);
        }

        await TrackAsync(facts.AgentId, record, s.ReportedAgentId == facts.AgentId ? s.ReportedDate : null);
        s.ReportedAgentId = facts.AgentId;
        s.ReportedDate = record.Date;
        _toldAgent = record;
    }

    /// <summary>
    /// Agents who held the conversation between two batches (a transfer and the next one arrived together) were never
    /// told: they get their transferred-away record, as when the events came one by one.
    /// </summary>
    private async Task TellSkippedAgentsAsync(ConversationFacts facts, AgentConversationRecord record)
    {
        var s = state.State;
        foreach (var agent in facts.AgentHistory)
        {
            if (agent != facts.AgentId && agent != s.ReportedAgentId && s.TransferredAgents?.Contains(agent) != true)
            {
                await TrackAsync(agent, record with { Open = false, TransferredAway = true }, null);
                (s.TransferredAgents ??= []).Add(agent);
            }
        }
    }

    /// <summary>Hands the agent a record: through the silo's feed in the embedded silo, else by an awaited call.</summary>
    private Task TrackAsync(string agentId, AgentConversationRecord record, string? previousDate)
    {
        if (agentFeed.Deferred)
        {
            agentFeed.Report(agentId, record, previousDate);
            return Task.CompletedTask;
        }

        return GrainFactory.Reference<IAgentGrain>(agentId).TrackAsync(record, previousDate);
    }

    /// <summary>
    /// The open wait's next threshold, set with the silo's <see cref="SlaAlarms"/> (one timer for all conversations) so
    /// a customer nobody answers raises its alert without any further event; cleared once nothing is left to time.
    /// </summary>
    private void ScheduleSlaTimer(ConversationFacts facts)
    {
        var next = facts.IsClosed || facts.OpenWait is not { } wait ? null
            : !wait.PassedWarn ? wait.WarnAt
            : !wait.PassedBreach ? wait.BreachAt
            : (DateTimeOffset?)null;
        if (next == DateTimeOffset.MaxValue)
        {
            next = null;
        }

        if (next == _slaAlarm)
        {
            return;
        }

        if (next is { } due)
        {
            slaAlarms.Set(ConversationId, due);
        }
        else
        {
            slaAlarms.Clear(ConversationId);
        }

        _slaAlarm = next;
    }

    /// <summary>
    /// Whether an event was applied already. Most conversations hold a few dozen events: their ids are compared in
    /// place rather than kept in a set of their own, which was stored with every state and held in memory besides.
    /// </summary>
    private bool IsKnown(string eventId)
    {
        var events = state.State.Events;
        if (events.Count <= ScannedEventIds)
        {
            foreach (var e in events)
            {
                if (e.EventId == eventId)
                {
                    return true;
                }
            }

            return false;
        }

        _eventIds ??= new HashSet<string>(events.Select(e => e.EventId), StringComparer.Ordinal);
        return _eventIds.Contains(eventId);
    }

    private static void Insert(List<StoredEvent> events, StoredEvent e)
    {
        var index = events.Count;
        while (index > 0 && StoredEvent.Compare(events[index - 1], e) > 0)
        {
            index--;
        }

        events.Insert(index, e);
    }

    [LoggerMessage(EventId = 200, Level = LogLevel.Debug, Message = "Conversation {ConversationId} raised {Count} alerts")]
    private static partial void LogRaised(ILogger logger, string conversationId, int count);

    [LoggerMessage(EventId = 201, Level = LogLevel.Error, Message = "Conversation {ConversationId} could not be derived; {Count} events rejected and parked")]
    private static partial void LogDerivationFailed(ILogger logger, Exception ex, string conversationId, int count);

    [LoggerMessage(EventId = 202, Level = LogLevel.Error, Message = "Conversation {ConversationId}: {Count} rejected events could not be parked")]
    private static partial void LogParkFailed(ILogger logger, Exception ex, string conversationId, int count);
}
