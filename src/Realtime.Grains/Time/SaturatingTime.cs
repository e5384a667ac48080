namespace Realtime.Grains.Time;

/// <summary>
/// Date arithmetic that stops at the ends of the representable range instead of throwing, so no stored time can make
/// a later derivation fail (issue #27: an event at 9999-12-31 overflowed the SLA maths).
/// </summary>
public static class SaturatingTime
{
    /// <summary>More days than <see cref="DateTime"/> spans.</summary>
    private const long MaxDays = 3_700_000;

    public static DateTimeOffset Add(DateTimeOffset at, TimeSpan span)
    {
        var utc = at.UtcTicks;
        var room = span.Ticks >= 0 ? DateTimeOffset.MaxValue.UtcTicks - utc : DateTimeOffset.MinValue.UtcTicks - utc;
        if (span.Ticks >= 0 ? span.Ticks > room : span.Ticks < room)
        {
            return span.Ticks >= 0 ? DateTimeOffset.MaxValue : DateTimeOffset.MinValue;
        }

        var sum = new DateTimeOffset(utc + span.Ticks, TimeSpan.Zero);
        var local = sum.UtcTicks + at.Offset.Ticks;
        // Keep the caller's offset when the local time stays representable.
        return local >= DateTime.MinValue.Ticks && local <= DateTime.MaxValue.Ticks ? sum.ToOffset(at.Offset) : sum;
    }

    public static DateTimeOffset AddSeconds(DateTimeOffset at, double seconds) => Add(at, Span(seconds));

    public static DateTimeOffset AddDays(DateTimeOffset at, double days) => Add(at, Span(days * 86_400));

    public static DateTimeOffset AddHours(DateTimeOffset at, double hours) => Add(at, Span(hours * 3_600));

    public static DateTime AddDays(DateTime at, int days)
    {
        var ticks = at.Ticks + (Math.Clamp(days, -MaxDays, MaxDays) * TimeSpan.TicksPerDay);
        return new DateTime(Math.Clamp(ticks, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks), at.Kind);
    }

    /// <summary>Seconds as a span, clamped to what a <see cref="TimeSpan"/> holds (NaN: zero).</summary>
    public static TimeSpan Span(double seconds)
    {
        var ticks = seconds * TimeSpan.TicksPerSecond;
        return double.IsNaN(ticks) ? TimeSpan.Zero
            : ticks >= long.MaxValue ? TimeSpan.MaxValue
            : ticks <= long.MinValue ? TimeSpan.MinValue
            : TimeSpan.FromTicks((long)ticks);
    }
}
