using Realtime.Grains.Audit;

namespace Realtime.Server.Audit;

/// <summary>
/// Records who did what, when, with the state before and after: ruleset changes, alert actions, disputes, PII reveals.
/// Endpoints call it after the action succeeded; the entry is durable (grain storage) when the call returns.
/// </summary>
public interface IAuditLog
{
    /// <summary>Stamps the entry with the current time and appends it to that day's journal.</summary>
    Task<AuditEntry> RecordAsync(AuditEntry entry);

    /// <summary>Entries with <c>from &lt;= At &lt; to</c>, oldest first, optionally of one kind.</summary>
    Task<IReadOnlyList<AuditEntry>> QueryAsync(DateTimeOffset from, DateTimeOffset to, string? kind);
}
