namespace Realtime.Grains.Audit;

/// <summary>
/// The append-only audit journal of one UTC day (key: <c>yyyy-MM-dd</c>). A period query reads one grain per day, so no
/// grain grows without bound and no index of keys is needed.
/// </summary>
[Alias("audit-day")]
public interface IAuditGrain : IGrainWithStringKey
{
    /// <summary>Appends and persists the entry; answers it with its <see cref="AuditEntry.AuditId"/>.</summary>
    [Alias("append")]
    Task<AuditEntry> AppendAsync(AuditEntry entry);

    /// <summary>Entries of this day in append order, optionally of one kind only.</summary>
    [Alias("read")]
    Task<IReadOnlyList<AuditEntry>> ReadAsync(string? kind);
}
