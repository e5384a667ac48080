using Realtime.Grains.Audit;

namespace Realtime.Server.Audit;

/// <summary>The audit log on one append-only grain per UTC day.</summary>
public sealed partial class GrainAuditLog(IGrainFactory grains, TimeProvider time, IHttpContextAccessor http, ILogger<GrainAuditLog> logger)
    : IAuditLog
{
    /// <summary>A query reads at most this many day grains.</summary>
    public const int MaxDays = 93;

    public async Task<AuditEntry> RecordAsync(AuditEntry entry)
    {
        var now = time.GetUtcNow();
        var stored = await grains.GetGrain<IAuditGrain>(AuditDays.KeyOf(now)).AppendAsync(entry with
        {
            At = now,
            ClientAddress = entry.ClientAddress ?? http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        });
        LogRecorded(logger, stored.Kind, stored.Actor, stored.Target, stored.AuditId);
        return stored;
    }

    public async Task<IReadOnlyList<AuditEntry>> QueryAsync(DateTimeOffset from, DateTimeOffset to, string? kind)
    {
        var days = new List<string>();
        for (var day = from.UtcDateTime.Date; day < to.UtcDateTime && days.Count < MaxDays; day = day.AddDays(1))
        {
            days.Add(AuditDays.KeyOf(new DateTimeOffset(day, TimeSpan.Zero)));
        }

        var pages = await Task.WhenAll(days.Select(d => grains.GetGrain<IAuditGrain>(d).ReadAsync(kind)));
        return pages.SelectMany(p => p).Where(e => e.At >= from && e.At < to).ToList();
    }

    // Ids and names only: the before/after values may hold customer data and stay in the journal.
    [LoggerMessage(EventId = 900, Level = LogLevel.Information, Message = "Audit {Kind} by {Actor} on {Target} recorded as {AuditId}")]
    private static partial void LogRecorded(ILogger logger, string kind, string actor, string target, string? auditId);
}
