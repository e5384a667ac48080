using Realtime.Contracts.Alerts;

namespace Realtime.Grains.Incidents;

/// <summary>
/// An incident's one line: what is wrong now (its unresolved alerts, most severe first), or what was wrong once all
/// are resolved. Written from its parts (<c>state</c>, <c>reasons</c>, <c>headline</c>) so a message catalogue can key it.
/// </summary>
public static class IncidentSummaries
{
    public static (string Text, Dictionary<string, string> Args) Of(IReadOnlyList<Alert> newestFirst)
    {
        var live = newestFirst.Where(a => a.Status != AlertStatuses.Resolved).ToList();
        var pool = live.Count > 0 ? live : [.. newestFirst];
        var ordered = pool.OrderByDescending(a => Severities.Rank(a.Severity)).ThenByDescending(a => a.RaisedAt).ToList();
        var reasons = string.Join(", ", ordered.Select(a => a.Kind).Distinct(StringComparer.Ordinal));
        var headline = ordered.Count > 0 ? ordered[0].Message : string.Empty;
        var state = live.Count > 0 ? "open" : "resolved";
        var args = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["state"] = state,
            ["reasons"] = reasons,
            ["headline"] = headline,
        };
        var text = live.Count > 0 ? $"{reasons}: {headline}" : $"Resolved ({reasons}): {headline}";
        return (text, args);
    }
}
