using System.Globalization;

namespace Realtime.Grains.Audit;

/// <summary>Keys of the per-day audit grains.</summary>
public static class AuditDays
{
    public static string KeyOf(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
