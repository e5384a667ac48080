using Realtime.Contracts.Alerts;
using Realtime.Grains.Floor;
using Realtime.Grains.Notifications;
using Realtime.Grains.Rulesets;

namespace Realtime.Grains.Alerts;

/// <summary>
/// The alert book of one store. Raising is idempotent per condition key; an open critical alert not acknowledged
/// within the ruleset's <c>escalation.ackTimeoutSeconds</c> raises an <c>escalation</c> for on-call.
/// Reentrant with group commit: every state change happens before an await, and raises that arrive while the book
/// is being written share the next write (with one write per raise, 50,000 SLA alerts due together queued for
/// minutes behind a store's book).
/// </summary>
[Orleans.Concurrency.Reentrant]
public sealed class AlertBookGrain(
    [PersistentState("alerts", GrainStorage.Name)] IPersistentState<AlertBookState> state,
    ILivePublisher publisher,
    IEnumerable<IAlertSink> sinks,
    FloorFeed floor,
    RulesetProvider rulesets,
    TimeProvider time) : Grain, IAlertBookGrain
{
    private const int KeepResolved = 5000;
    private static readonly TimeSpan EscalationScan = TimeSpan.FromSeconds(1);

    private CoalescingWriter? _writer;

    private string StoreId => this.GetPrimaryKeyString();

    private CoalescingWriter Writer => _writer ??= new CoalescingWriter(() => state.WriteStateAsync());

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(EscalateOverdueAsync, new GrainTimerCreationOptions(EscalationScan, EscalationScan) { KeepAlive = true });
        foreach (var alert in state.State.Alerts.Values.Where(a => a.Status != AlertStatuses.Resolved))
        {
            floor.Report(alert);
        }

        return Task.CompletedTask;
    }

    async Task<IReadOnlyList<RaisedAlert>> IAlertBookGrain.RaiseAsync(IReadOnlyList<AlertDraft> drafts)
    {
        var answers = new List<RaisedAlert>(drafts.Count);
        foreach (var draft in drafts)
        {
            if (state.State.Conditions.TryGetValue(draft.ConditionKey, out var existingId)
                && state.State.Alerts.TryGetValue(existingId, out var existing))
            {
                answers.Add(new RaisedAlert(draft.ConditionKey, existing, IsNew: false));
                continue;
            }

            answers.Add(new RaisedAlert(draft.ConditionKey, Add(draft, escalatedAlertId: null), IsNew: true));
        }

        if (!answers.Exists(a => a.IsNew))
        {
            return answers;
        }

        await Writer.WriteAsync();
        foreach (var answer in answers.Where(a => a.IsNew))
        {
            await AnnounceAsync(answer.Alert);
        }

        return answers;
    }

    Task<AlertTransition> IAlertBookGrain.AcknowledgeAsync(string alertId, string? by, string? note) =>
        TransitionAsync(alertId, AlertStatuses.Acknowledged, by, note);

    Task<AlertTransition> IAlertBookGrain.ResolveAsync(string alertId, string? by, string? note) =>
        TransitionAsync(alertId, AlertStatuses.Resolved, by, note);

    Task<Alert?> IAlertBookGrain.GetAsync(string alertId) =>
        Task.FromResult(state.State.Alerts.GetValueOrDefault(alertId));

    Task<IReadOnlyList<Alert>> IAlertBookGrain.QueryAsync(AlertQuery query)
    {
        IReadOnlyList<Alert> result = state.State.Alerts.Values
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

    private Alert Add(AlertDraft draft, string? escalatedAlertId)
    {
        var alert = new Alert
        {
            AlertId = AlertIds.Create(state.State.NextSeq++, StoreId),
            Kind = draft.Kind,
            Severity = draft.Severity,
            ConversationId = draft.ConversationId,
            AgentId = draft.AgentId,
            CustomerId = draft.CustomerId,
            StoreId = StoreId,
            TeamId = draft.TeamId,
            RaisedAt = time.GetUtcNow(),
            Message = draft.Message,
            Evidence = draft.Evidence,
            RuleId = draft.RuleId,
            EscalatedAlertId = escalatedAlertId,
            History = [new AlertNote(time.GetUtcNow(), "raised", null, null)],
        };
        state.State.Alerts[alert.AlertId] = alert;
        state.State.Conditions[draft.ConditionKey] = alert.AlertId;
        return alert;
    }

    private async Task<AlertTransition> TransitionAsync(string alertId, string target, string? by, string? note)
    {
        if (!state.State.Alerts.TryGetValue(alertId, out var alert))
        {
            return new AlertTransition(null, AlertTransition.NotFound);
        }

        var allowed = (alert.Status, target) switch
        {
            (AlertStatuses.Open, AlertStatuses.Acknowledged) => true,
            (AlertStatuses.Open or AlertStatuses.Acknowledged, AlertStatuses.Resolved) => true,
            _ => false,
        };
        if (!allowed)
        {
            return new AlertTransition(alert, AlertTransition.Conflict);
        }

        var now = time.GetUtcNow();
        var updated = alert with
        {
            Status = target,
            AcknowledgedAt = target == AlertStatuses.Acknowledged ? now : alert.AcknowledgedAt,
            AcknowledgedBy = target == AlertStatuses.Acknowledged ? by : alert.AcknowledgedBy,
            ResolvedAt = target == AlertStatuses.Resolved ? now : alert.ResolvedAt,
            ResolvedBy = target == AlertStatuses.Resolved ? by : alert.ResolvedBy,
            History = [.. alert.History, new AlertNote(now, target, by, note)],
        };
        state.State.Alerts[alertId] = updated;
        TrimResolved();
        await Writer.WriteAsync();
        floor.Report(updated);
        await publisher.AlertUpdatedAsync(updated);
        return new AlertTransition(updated, null);
    }

    private async Task EscalateOverdueAsync(CancellationToken cancellationToken)
    {
        var ruleset = (await rulesets.GetAsync(StoreId)).Source;
        var deadline = time.GetUtcNow() - TimeSpan.FromSeconds(ruleset.Escalation.AckTimeoutSeconds);
        var overdue = state.State.Alerts.Values
            .Where(a => a.Status == AlertStatuses.Open && a.Severity == Severities.Critical && a.Kind != AlertKinds.Escalation)
            .Where(a => a.RaisedAt <= deadline && !state.State.Conditions.ContainsKey(EscalationKey(a.AlertId)))
            .ToList();
        if (overdue.Count == 0)
        {
            return;
        }

        var escalations = overdue.Select(a => Add(new AlertDraft
        {
            ConditionKey = EscalationKey(a.AlertId),
            Kind = AlertKinds.Escalation,
            Severity = Severities.Critical,
            Message = $"Not acknowledged within {ruleset.Escalation.AckTimeoutSeconds} s: {a.Message}",
            Evidence = a.Evidence,
            RuleId = a.RuleId,
            ConversationId = a.ConversationId,
            AgentId = a.AgentId,
            CustomerId = a.CustomerId,
            TeamId = a.TeamId,
        }, a.AlertId)).ToList();
        await Writer.WriteAsync();
        foreach (var escalation in escalations)
        {
            await AnnounceAsync(escalation);
            await publisher.EscalationRaisedAsync(escalation);
        }
    }

    private async Task AnnounceAsync(Alert alert)
    {
        floor.Report(alert);
        await publisher.AlertRaisedAsync(alert);
        foreach (var sink in sinks)
        {
            sink.Deliver(alert);
        }
    }

    private void TrimResolved()
    {
        var resolved = state.State.Alerts.Values.Where(a => a.Status == AlertStatuses.Resolved).ToList();
        if (resolved.Count <= KeepResolved)
        {
            return;
        }

        foreach (var old in resolved.OrderBy(a => a.ResolvedAt).Take(resolved.Count - KeepResolved))
        {
            state.State.Alerts.Remove(old.AlertId);
        }
    }

    private static string EscalationKey(string alertId) => $"escalation:{alertId}";
}
