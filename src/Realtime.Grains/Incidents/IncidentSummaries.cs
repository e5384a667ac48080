using Realtime.Contracts.Alerts;
using Realtime.Contracts.Texts;

namespace Realtime.Grains.Incidents;

/// <summary>
/// An incident's one line: what is wrong now (its unresolved alerts, most severe first), or what was wrong once all
/// are resolved. A catalogue text: the reasons are alert-kind labels, the headline is the top alert's own text.
/// </summary>
public static class IncidentSummaries
{
    public static Text Of(IReadOnlyList<Alert> newestFirst)
    {
        var live = newestFirst.Where(a => a.Status != AlertStatuses.Resolved).ToList();
        var pool = live.Count > 0 ? live : [.. newestFirst];
        var ordered = pool.OrderByDescending(a => Severities.Rank(a.Severity)).ThenByDescending(a => a.RaisedAt).ToList();
        var top = ordered.Count > 0 ? ordered[0] : null;
        var args = new Dictionary<string, string>(top?.Args ?? Text.ArgsOf(), StringComparer.Ordinal)
        {
            ["state"] = live.Count > 0 ? "open" : "resolved",
            ["reasons"] = Text.Labels(ordered.Select(a => "label.alertKind." + a.Kind).Distinct(StringComparer.Ordinal)),
            ["headline"] = top?.MessageKey is { } key ? Text.Label(key) : top?.Message ?? string.Empty,
        };
        return new Text(live.Count > 0 ? "incident.summary" : "incident.summary.resolved", args);
    }
}
