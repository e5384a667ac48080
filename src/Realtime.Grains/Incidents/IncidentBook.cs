using Realtime.Contracts.Alerts;
using Realtime.Contracts.Incidents;
using Realtime.Contracts.Rulesets;
using Realtime.Contracts.Texts;

namespace Realtime.Grains.Incidents;

/// <summary>
/// The incidents of one store: groups alerts by subject, derives each incident's status and severity from its alerts,
/// and decides when one escalates. Plain class owned by the alert book, which never calls it concurrently.
/// </summary>
public sealed class IncidentBook(IncidentBookState state, string storeId, Func<string, Alert?> alertOf)
{
    /// <summary>Resolved incidents kept for the console's history; older ones are forgotten.</summary>
    public const int KeepResolved = 2000;

    private readonly Dictionary<string, string> _bySubject = Index(state);
    private readonly HashSet<string> _active = new(state.Incidents.Values.Where(r => !r.WasResolved).Select(r => r.IncidentId), StringComparer.Ordinal);

    /// <summary>True when something changed since the last <see cref="TakeChanged"/>.</summary>
    public bool Changed { get; private set; }

    public IncidentBookState State => state;

    public IncidentRecord? Get(string incidentId) => state.Incidents.GetValueOrDefault(incidentId);

    /// <summary>The incident a new alert of this subject joins: the subject's current one (reopened when resolved), or a new one.</summary>
    public IncidentRecord For(string subjectKey, string? conversationId, string? customerId, DateTimeOffset now)
    {
        if (_bySubject.TryGetValue(subjectKey, out var id) && state.Incidents.TryGetValue(id, out var current))
        {
            return current;
        }

        var record = new IncidentRecord
        {
            IncidentId = IncidentSubjects.CreateId(state.NextSeq++, storeId),
            SubjectKey = subjectKey,
            ConversationId = subjectKey.StartsWith("conversation:", StringComparison.Ordinal) ? conversationId : null,
            CustomerId = subjectKey.StartsWith("customer:", StringComparison.Ordinal) ? customerId : null,
            OpenedAt = now,
            UpdatedAt = now,
            History = [new AlertNote(now, IncidentActions.Opened, null, null)],
        };
        state.Incidents[record.IncidentId] = record;
        _bySubject[subjectKey] = record.IncidentId;
        Changed = true;
        return record;
    }

    /// <summary>Adds a raised alert to its incident; a resolved incident reopens, its escalation starting over.</summary>
    public void Attach(IncidentRecord record, Alert alert, DateTimeOffset now)
    {
        if (record.WasResolved)
        {
            record.History.Add(new AlertNote(now, IncidentActions.Reopened, null, alert.Kind));
            record.EscalationLevel = 0;
            record.EscalatedAt = null;
        }

        record.AlertIds.Add(alert.AlertId);
        record.AgentId = alert.AgentId ?? record.AgentId;
        record.TeamId = alert.TeamId ?? record.TeamId;
        Touch(record, now);
    }

    /// <summary>Notes a change of one of its alerts (ack, resolve) and re-derives whether it is resolved.</summary>
    public void Touch(IncidentRecord record, DateTimeOffset now)
    {
        record.UpdatedAt = now;
        record.WasResolved = StatusOf(record) == AlertStatuses.Resolved;
        if (record.WasResolved)
        {
            _active.Remove(record.IncidentId);
        }
        else
        {
            _active.Add(record.IncidentId);
        }

        Changed = true;
    }

    public void Note(IncidentRecord record, AlertNote note)
    {
        record.History.Add(note);
        Changed = true;
    }

    public IEnumerable<Alert> AlertsOf(IncidentRecord record)
    {
        foreach (var id in record.AlertIds)
        {
            if (alertOf(id) is { } alert)
            {
                yield return alert;
            }
        }
    }

    public string StatusOf(IncidentRecord record)
    {
        var acknowledged = false;
        foreach (var alert in AlertsOf(record))
        {
            if (alert.Status == AlertStatuses.Open)
            {
                return AlertStatuses.Open;
            }

            acknowledged |= alert.Status == AlertStatuses.Acknowledged;
        }

        return acknowledged ? AlertStatuses.Acknowledged : AlertStatuses.Resolved;
    }

    /// <summary>Open incidents whose critical alert went unacknowledged past the next escalation level's deadline.</summary>
    public List<(IncidentRecord Record, int Level)> DueEscalations(EscalationPolicy policy, DateTimeOffset now)
    {
        var due = new List<(IncidentRecord, int)>();
        foreach (var id in _active)
        {
            var record = state.Incidents[id];
            if (record.EscalationLevel >= 2 || (record.EscalationLevel == 1 && policy.SecondLevelSeconds is null))
            {
                continue;
            }

            DateTimeOffset? oldestOpenCritical = null;
            foreach (var alert in AlertsOf(record))
            {
                if (alert.Status == AlertStatuses.Open && alert.Severity == Severities.Critical
                    && (oldestOpenCritical is null || alert.RaisedAt < oldestOpenCritical))
                {
                    oldestOpenCritical = alert.RaisedAt;
                }
            }

            if (oldestOpenCritical is not { } since)
            {
                continue;
            }

            if (record.EscalationLevel == 0 && since.AddSeconds(policy.AckTimeoutSeconds) <= now)
            {
                due.Add((record, 1));
            }
            else if (record.EscalationLevel == 1 && record.EscalatedAt is { } at && at.AddSeconds(policy.SecondLevelSeconds!.Value) <= now)
            {
                due.Add((record, 2));
            }
        }

        return due;
    }

    public void Escalate(IncidentRecord record, int level, DateTimeOffset now)
    {
        record.EscalationLevel = level;
        record.EscalatedAt = now;
        record.History.Add(new AlertNote(now, IncidentActions.Escalated, null, $"level {level}"));
        record.UpdatedAt = now;
        Changed = true;
    }

    /// <summary>The incidents matching a query, newest activity first, and how many match in all.</summary>
    public (List<Incident> Items, int Total) Query(IncidentQuery query)
    {
        var matching = new List<(IncidentRecord Record, string Status, string Severity)>();
        foreach (var record in state.Incidents.Values)
        {
            if ((query.TeamId is not null && record.TeamId != query.TeamId) || (query.AgentId is not null && record.AgentId != query.AgentId)
                || (query.InTeams.Count > 0 && (record.TeamId is null || !query.InTeams.Contains(record.TeamId))))
            {
                continue;
            }

            var status = StatusOf(record);
            var severity = SeverityOf(record);
            if ((query.Status is null || status == query.Status) && (query.Severity is null || severity == query.Severity))
            {
                matching.Add((record, status, severity));
            }
        }

        var page = matching
            .OrderByDescending(m => m.Record.UpdatedAt).ThenByDescending(m => m.Record.IncidentId, StringComparer.Ordinal)
            .Skip(Math.Max(0, query.Offset)).Take(Math.Clamp(query.Limit, 1, 1000))
            .Select(m => View(m.Record))
            .ToList();
        return (page, matching.Count);
    }

    public Incident View(IncidentRecord record)
    {
        var alerts = AlertsOf(record).OrderByDescending(a => a.RaisedAt).ThenByDescending(a => a.AlertId, StringComparer.Ordinal).ToList();
        var summary = IncidentSummaries.Of(alerts);
        return new Incident
        {
            IncidentId = record.IncidentId,
            Subject = new IncidentSubject(record.ConversationId, record.CustomerId),
            StoreId = storeId,
            TeamId = record.TeamId,
            AgentId = record.AgentId,
            Severity = SeverityOf(alerts),
            Status = StatusOf(record),
            OpenedAt = record.OpenedAt,
            UpdatedAt = record.UpdatedAt,
            Escalated = record.EscalationLevel > 0,
            EscalationLevel = record.EscalationLevel,
            Summary = summary.Render(TextCatalog.English),
            SummaryKey = summary.Key,
            SummaryArgs = summary.Args,
            Alerts = alerts,
            History = [.. record.History],
        };
    }

    public string SeverityOf(IncidentRecord record) => SeverityOf(AlertsOf(record).ToList());

    /// <summary>Forgets the oldest resolved incidents past <see cref="KeepResolved"/>; answers the alert ids they held.</summary>
    public List<string> TrimResolved()
    {
        var resolved = state.Incidents.Values.Where(r => r.WasResolved).ToList();
        if (resolved.Count <= KeepResolved)
        {
            return [];
        }

        var forgotten = new List<string>();
        foreach (var old in resolved.OrderBy(r => r.UpdatedAt).Take(resolved.Count - KeepResolved))
        {
            state.Incidents.Remove(old.IncidentId);
            if (_bySubject.TryGetValue(old.SubjectKey, out var id) && id == old.IncidentId)
            {
                _bySubject.Remove(old.SubjectKey);
            }

            forgotten.AddRange(old.AlertIds);
        }

        Changed = true;
        return forgotten;
    }

    /// <summary>Marks the incidents changed again (their save failed).</summary>
    public void MarkChanged(bool changed) => Changed |= changed;

    public bool TakeChanged()
    {
        var changed = Changed;
        Changed = false;
        return changed;
    }

    private static string SeverityOf(IReadOnlyList<Alert> alerts)
    {
        var live = alerts.Where(a => a.Status != AlertStatuses.Resolved).ToList();
        var pool = live.Count > 0 ? live : alerts;
        return pool.Count == 0 ? Severities.Info : pool.MaxBy(a => Severities.Rank(a.Severity))!.Severity;
    }

    private static Dictionary<string, string> Index(IncidentBookState state)
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in state.Incidents.Values.OrderBy(r => r.OpenedAt))
        {
            index[record.SubjectKey] = record.IncidentId;
        }

        return index;
    }
}
