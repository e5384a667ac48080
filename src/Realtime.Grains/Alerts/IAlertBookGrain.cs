using Realtime.Contracts.Alerts;
using Realtime.Contracts.Incidents;
using Realtime.Contracts.Silences;
using Realtime.Grains.Incidents;

namespace Realtime.Grains.Alerts;

/// <summary>All alerts and incidents of one store (key: store id): raising (once per condition), lifecycle and escalation.</summary>
[Alias("alert-book")]
public interface IAlertBookGrain : IGrainWithStringKey
{
    /// <summary>Raises the drafts whose condition has no alert yet; answers every draft with its alert, new or not, in the drafts' order.</summary>
    [Alias("raise")]
    Task<IReadOnlyList<RaisedAlert>> RaiseAsync([Immutable] IReadOnlyList<AlertDraft> drafts);

    [Alias("ack")]
    Task<AlertTransition> AcknowledgeAsync(string alertId, string? by, string? note);

    [Alias("resolve")]
    Task<AlertTransition> ResolveAsync(string alertId, string? by, string? note);

    [Alias("get")]
    Task<Alert?> GetAsync(string alertId);

    [Alias("query")]
    Task<IReadOnlyList<Alert>> QueryAsync(AlertQuery query);

    /// <summary>Resolves, as the system, the alerts of conditions that no longer apply; unknown or resolved ones are skipped.</summary>
    [Alias("resolve-system")]
    Task ResolveBySystemAsync([Immutable] IReadOnlyList<SystemResolution> resolutions);

    [Alias("incidents")]
    Task<IncidentPage> QueryIncidentsAsync(IncidentQuery query);

    [Alias("incident")]
    Task<Incident?> GetIncidentAsync(string incidentId);

    /// <summary>Acknowledges the incident's open alerts; conflict unless it is open.</summary>
    [Alias("incident-ack")]
    Task<IncidentTransition> AcknowledgeIncidentAsync(string incidentId, string? by, string? note);

    /// <summary>Resolves the incident's alerts; conflict when it is resolved already.</summary>
    [Alias("incident-resolve")]
    Task<IncidentTransition> ResolveIncidentAsync(string incidentId, string? by, string? note);

    /// <summary>The deployment's silences, as <c>ISilenceGrain</c> holds them after a change.</summary>
    [Alias("silences")]
    Task SetSilencesAsync([Immutable] IReadOnlyList<Silence> silences);
}
