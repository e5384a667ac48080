using System.Globalization;
using Orleans.Concurrency;
using Realtime.Contracts.Alerts;
using Realtime.Contracts.Incidents;
using Realtime.Grains.Floor;
using Realtime.Grains.Incidents;
using Realtime.Grains.Notifications;
using Realtime.Grains.Paging;
using Realtime.Grains.Persistence;
using Realtime.Grains.Rulesets;
using Realtime.Grains.Silences;

namespace Realtime.Grains.Alerts;

/// <summary>
/// The alert book of one store. Raising is idempotent per condition key; every alert joins its subject's incident
/// (<see cref="IncidentBook"/>), and an open critical incident not acknowledged within the ruleset's
/// <c>escalation.ackTimeoutSeconds</c> escalates to on-call inside that incident (no second item).
/// Reentrant with group commit: every state change happens before an await, and raises that arrive while the book
/// is being written share the next write (with one write per raise, 50,000 SLA alerts due together queued for
/// minutes behind a store's book). Alerts are kept in memory and persisted in pages of
/// <see cref="AlertLedger.PageSize"/> (<see cref="IStatePageGrain{TPage}"/>): a write saves only the pages that changed,
/// so its cost no longer grows with the number of alerts the store has.
/// </summary>
[Orleans.Concurrency.Reentrant]
public sealed partial class AlertBookGrain(
    [PersistentState("alerts", GrainStorage.Name)] IPersistentState<AlertBookState> state,
    [PersistentState("incidents", GrainStorage.Name)] IPersistentState<IncidentBookState> incidentState,
    ILivePublisher publisher,
    IEnumerable<IAlertSink> sinks,
    FloorFeed floor,
    RulesetProvider rulesets,
    Packer<AlertEntry> packer,
    StateWritePolicy writePolicy,
    TimeProvider time) : Grain, IAlertBookGrain
{

    private readonly AlertLedger _ledger = new(packer);
    private CoalescingWriter? _writer;
    private IncidentBook _incidents = null!;

    private string StoreId => this.GetPrimaryKeyString();

    private CoalescingWriter Writer => _writer ??= new CoalescingWriter(SaveChangesAsync);

    /// <summary>Under the process-lifetime policy, the pages changed since activation are saved now.</summary>
    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        writePolicy.FlushesAt(reason) ? Writer.WriteAsync() : Task.CompletedTask;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await LoadPagesAsync();
        _incidents = new IncidentBook(incidentState.State, StoreId, id => _ledger.Alerts.GetValueOrDefault(id));
        _silences = await GrainFactory.GetGrain<ISilenceGrain>(ISilenceGrain.Key).ListAsync();
        this.RegisterGrainTimer(EscalateOverdueAsync, new GrainTimerCreationOptions(EscalationScan, EscalationScan) { KeepAlive = true });
        foreach (var alert in _ledger.Alerts.Values.Where(a => a.Status != AlertStatuses.Resolved))
        {
            floor.Report(alert);
        }
    }

    async Task<IReadOnlyList<RaisedAlert>> IAlertBookGrain.RaiseAsync(IReadOnlyList<AlertDraft> drafts)
    {
        var answers = new List<RaisedAlert>(drafts.Count);
        foreach (var draft in drafts)
        {
            if (_ledger.TryGetByCondition(draft.ConditionKey, out var existing))
            {
                answers.Add(new RaisedAlert(draft.ConditionKey, existing, IsNew: false));
                continue;
            }

            answers.Add(new RaisedAlert(draft.ConditionKey, Add(draft), IsNew: true));
        }

        if (!answers.Exists(a => a.IsNew))
        {
            return answers;
        }

        await SaveAsync();
        foreach (var answer in answers.Where(a => a.IsNew))
        {
            await AnnounceAsync(answer.Alert);
        }

        await PublishIncidentsAsync(answers.Where(a => a.IsNew).Select(a => a.Alert));
        return answers;
    }

    Task<AlertTransition> IAlertBookGrain.AcknowledgeAsync(string alertId, string? by, string? note) =>
        TransitionAsync(alertId, AlertStatuses.Acknowledged, by, note);

    Task<AlertTransition> IAlertBookGrain.ResolveAsync(string alertId, string? by, string? note) =>
        TransitionAsync(alertId, AlertStatuses.Resolved, by, note);

    Task<Alert?> IAlertBookGrain.GetAsync(string alertId) =>
        Task.FromResult(_ledger.Alerts.GetValueOrDefault(alertId));

    Task<IReadOnlyList<Alert>> IAlertBookGrain.QueryAsync(AlertQuery query)
    {
        IReadOnlyList<Alert> result = _ledger.Alerts.Values
            .Where(a => query.Status is null || a.Status == query.Status)
            .Where(a => query.Kind is null || a.Kind == query.Kind)
            .Where(a => query.TeamId is null || a.TeamId == query.TeamId)
            .Where(a => query.AgentId is null || a.AgentId == query.AgentId)
            .Where(a => query.ConversationId is null || a.ConversationId == query.ConversationId)
            .OrderByDescending(a => a.RaisedAt).ThenByDescending(a => a.AlertId, StringComparer.Ordinal)
            .Take(Math.Clamp(query.Limit, 1, 5000))
            .ToList();
        return Task.FromResult(result);
    }

    private Alert Add(AlertDraft draft)
    {
        var now = time.GetUtcNow();
        var incident = _incidents.For(IncidentSubjects.KeyOf(draft.Kind, draft.ConversationId, draft.CustomerId), draft.ConversationId, draft.CustomerId, now);
        var alert = new Alert
        {
            AlertId = AlertIds.Create(state.State.NextSeq++, StoreId),
            IncidentId = incident.IncidentId,
            Kind = draft.Kind,
            Severity = draft.Severity,
            ConversationId = draft.ConversationId,
            AgentId = draft.AgentId,
            CustomerId = draft.CustomerId,
            StoreId = StoreId,
            TeamId = draft.TeamId,
            RaisedAt = now,
            Message = draft.Message,
            Evidence = draft.Evidence,
            MessageKey = draft.MessageText?.Key,
            Args = draft.MessageText?.Args,
            EvidenceKey = draft.EvidenceText?.Key,
            EvidenceArgs = draft.EvidenceText?.Args,
            RuleId = draft.RuleId,
            History = [new AlertNote(now, "raised", null, null)],
        };
        _ledger.Add(alert, draft.ConditionKey);
        _incidents.Attach(incident, alert, now);
        return alert;
    }

    private async Task<AlertTransition> TransitionAsync(string alertId, string target, string? by, string? note)
    {
        if (!_ledger.Alerts.TryGetValue(alertId, out var alert))
        {
            return new AlertTransition(null, AlertTransition.NotFound);
        }

        if (!CanMove(alert.Status, target))
        {
            return new AlertTransition(alert, AlertTransition.Conflict);
        }

        var updated = Move(alert, target, by, note, reason: null);
        TrimResolved();
        await SaveAsync();
        await AnnounceUpdateAsync(updated);
        await PublishIncidentsAsync([updated]);
        return new AlertTransition(updated, null);
    }

    private static bool CanMove(string from, string target) => (from, target) switch
    {
        (AlertStatuses.Open, AlertStatuses.Acknowledged) => true,
        (AlertStatuses.Open or AlertStatuses.Acknowledged, AlertStatuses.Resolved) => true,
        _ => false,
    };

    /// <summary>Moves an alert to <paramref name="target"/> in memory and re-derives its incident; the caller saves and announces.</summary>
    private Alert Move(Alert alert, string target, string? by, string? note, string? reason)
    {
        var now = time.GetUtcNow();
        var updated = alert with
        {
            Status = target,
            AcknowledgedAt = target == AlertStatuses.Acknowledged ? now : alert.AcknowledgedAt,
            AcknowledgedBy = target == AlertStatuses.Acknowledged ? by : alert.AcknowledgedBy,
            ResolvedAt = target == AlertStatuses.Resolved ? now : alert.ResolvedAt,
            ResolvedBy = target == AlertStatuses.Resolved ? by : alert.ResolvedBy,
            ResolvedReason = target == AlertStatuses.Resolved ? reason : alert.ResolvedReason,
            History = [.. alert.History, new AlertNote(now, target, by, note ?? reason)],
        };
        _ledger.Replace(updated);
        if (updated.IncidentId is { } id && _incidents.Get(id) is { } incident)
        {
            var wasResolved = incident.WasResolved;
            _incidents.Touch(incident, now);
            if (incident.WasResolved && !wasResolved)
            {
                _incidents.Note(incident, new AlertNote(now, IncidentActions.Resolved, by, note ?? reason));
            }
        }

        return updated;
    }

    private async Task AnnounceUpdateAsync(Alert updated)
    {
        floor.Report(updated);
        await publisher.AlertUpdatedAsync(updated);
    }

    private async Task AnnounceAsync(Alert alert)
    {
        floor.Report(alert);
        if (IsSilenced(alert))
        {
            return;
        }

        await publisher.AlertRaisedAsync(alert);
        foreach (var sink in sinks)
        {
            sink.Deliver(alert);
        }
    }
}
