using Realtime.Contracts.Alerts;
using Realtime.Contracts.Incidents;
using Realtime.Contracts.Silences;
using Realtime.Grains.Incidents;

namespace Realtime.Grains.Alerts;

/// <summary>The incident side of the book: queries, incident ack/resolve, and alerts the system resolves.</summary>
public sealed partial class AlertBookGrain
{
    private IReadOnlyList<Silence> _silences = [];

    Task IAlertBookGrain.SetSilencesAsync(IReadOnlyList<Silence> silences)
    {
        _silences = silences;
        return Task.CompletedTask;
    }

    /// <summary>Silenced alerts are recorded and counted but raise no push, page or webhook.</summary>
    private bool IsSilenced(Alert alert)
    {
        if (_silences.Count == 0)
        {
            return false;
        }

        var now = time.GetUtcNow();
        foreach (var silence in _silences)
        {
            if (silence.Matches(alert.Kind, StoreId, alert.TeamId, alert.AgentId, now))
            {
                return true;
            }
        }

        return false;
    }

    async Task IAlertBookGrain.ResolveBySystemAsync(IReadOnlyList<SystemResolution> resolutions)
    {
        var updated = new List<Alert>();
        foreach (var resolution in resolutions)
        {
            if (_ledger.TryGetByCondition(resolution.ConditionKey, out var alert) && alert.Status != AlertStatuses.Resolved)
            {
                updated.Add(Move(alert, AlertStatuses.Resolved, AlertResolvers.System, note: null, resolution.Reason));
            }
        }

        if (updated.Count == 0)
        {
            return;
        }

        TrimResolved();
        await SaveAsync();
        foreach (var alert in updated)
        {
            await AnnounceUpdateAsync(alert);
        }

        await PublishIncidentsAsync(updated);
    }

    Task<IncidentPage> IAlertBookGrain.QueryIncidentsAsync(IncidentQuery query)
    {
        var (items, total) = _incidents.Query(query);
        return Task.FromResult(new IncidentPage(items, total));
    }

    Task<Incident?> IAlertBookGrain.GetIncidentAsync(string incidentId) =>
        Task.FromResult(_incidents.Get(incidentId) is { } record ? _incidents.View(record) : null);

    Task<IncidentTransition> IAlertBookGrain.AcknowledgeIncidentAsync(string incidentId, string? by, string? note) =>
        TransitionIncidentAsync(incidentId, AlertStatuses.Acknowledged, by, note);

    Task<IncidentTransition> IAlertBookGrain.ResolveIncidentAsync(string incidentId, string? by, string? note) =>
        TransitionIncidentAsync(incidentId, AlertStatuses.Resolved, by, note);

    private async Task<IncidentTransition> TransitionIncidentAsync(string incidentId, string target, string? by, string? note)
    {
        if (_incidents.Get(incidentId) is not { } record)
        {
            return new IncidentTransition(null, AlertTransition.NotFound);
        }

        var status = _incidents.StatusOf(record);
        var allowed = target == AlertStatuses.Acknowledged ? status == AlertStatuses.Open : status != AlertStatuses.Resolved;
        if (!allowed)
        {
            return new IncidentTransition(_incidents.View(record), AlertTransition.Conflict);
        }

        var updated = new List<Alert>();
        foreach (var alert in _incidents.AlertsOf(record).ToList())
        {
            if (CanMove(alert.Status, target))
            {
                updated.Add(Move(alert, target, by, note, reason: null));
            }
        }

        if (target == AlertStatuses.Acknowledged)
        {
            _incidents.Note(record, new AlertNote(time.GetUtcNow(), IncidentActions.Acknowledged, by, note));
        }

        TrimResolved();
        await SaveAsync();
        foreach (var alert in updated)
        {
            await AnnounceUpdateAsync(alert);
        }

        var view = _incidents.View(record);
        await publisher.IncidentUpdatedAsync(view);
        return new IncidentTransition(view, null);
    }

    /// <summary>Pushes each incident these alerts belong to once, as it stands now; silenced alerts push nothing.</summary>
    private async Task PublishIncidentsAsync(IEnumerable<Alert> alerts)
    {
        foreach (var id in alerts.Where(a => !IsSilenced(a)).Select(a => a.IncidentId).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (_incidents.Get(id) is { } record)
            {
                await publisher.IncidentUpdatedAsync(_incidents.View(record));
            }
        }
    }
}
