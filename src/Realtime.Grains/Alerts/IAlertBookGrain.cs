using Realtime.Contracts.Alerts;

namespace Realtime.Grains.Alerts;

/// <summary>All alerts of one store (key: store id): raising (once per condition), lifecycle and escalation.</summary>
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
}
