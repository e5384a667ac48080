using System.Globalization;
using Realtime.Contracts.Rulesets;
using Realtime.Contracts.Texts;
using Realtime.Grains.Time;

namespace Realtime.Grains.Conversations;

/// <summary>Counts clock seconds inside a store's business hours (all seconds when it has none).</summary>
public sealed class BusinessCalendar
{
    public static readonly BusinessCalendar AlwaysOpen = new(null, []);

    private const int MaxDaysScanned = 400;
    private readonly TimeZoneInfo? _zone;
    private readonly Dictionary<DayOfWeek, List<(TimeSpan From, TimeSpan To)>> _days;

    private BusinessCalendar(TimeZoneInfo? zone, Dictionary<DayOfWeek, List<(TimeSpan, TimeSpan)>> days)
    {
        _zone = zone;
        _days = days;
    }

    public bool IsAlwaysOpen => _zone is null;

    public static BusinessCalendar For(BusinessHours? hours)
    {
        if (hours is null)
        {
            return AlwaysOpen;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(hours.TimeZone);
        var days = new Dictionary<DayOfWeek, List<(TimeSpan, TimeSpan)>>();
        foreach (var (name, spans) in hours.Days)
        {
            var day = Enum.Parse<DayOfWeek>(name, ignoreCase: true);
            days[day] = spans.Select(s => (ParseTime(s.From), ParseTime(s.To))).OrderBy(s => s.Item1).ToList();
        }

        return new BusinessCalendar(zone, days);
    }

    /// <summary>Errors in business hours, each naming its field.</summary>
    public static IEnumerable<(string Field, Text Text)> Validate(BusinessHours? hours)
    {
        if (hours is null)
        {
            yield break;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(hours.TimeZone, out _))
        {
            yield return ("businessHours.timeZone", Text.Of("validation.timeZone", ("value", hours.TimeZone)));
        }

        foreach (var (name, spans) in hours.Days)
        {
            if (!Enum.TryParse<DayOfWeek>(name, ignoreCase: true, out _) || int.TryParse(name, out _))
            {
                yield return ($"businessHours.days.{name}", Text.Of("validation.dayName"));
                continue;
            }

            for (var i = 0; i < spans.Count; i++)
            {
                var ok = TryParseTime(spans[i].From, out var from) & TryParseTime(spans[i].To, out var to);
                if (!ok || from >= to)
                {
                    yield return ($"businessHours.days.{name}[{i}]", Text.Of("validation.timeSpan", ("from", spans[i].From), ("to", spans[i].To)));
                }
            }
        }
    }

    public double Seconds(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return 0;
        }

        if (_zone is null)
        {
            return (to - from).TotalSeconds;
        }

        // Beyond the scanned days whole weeks count as the opening hours of a week (a DST hour aside).
        double total = 0;
        if ((to - from).TotalDays > MaxDaysScanned)
        {
            var weeks = ((long)(to - from).TotalDays / 7) - 1;
            total = weeks * WeeklyOpenSeconds();
            from = SaturatingTime.AddDays(from, weeks * 7.0);
        }

        foreach (var (openFrom, openTo) in OpenSpans(from, to))
        {
            var start = openFrom > from ? openFrom : from;
            var end = openTo < to ? openTo : to;
            if (end > start)
            {
                total += (end - start).TotalSeconds;
            }
        }

        return total;
    }

    /// <summary>The instant when <paramref name="seconds"/> of business time have passed since <paramref name="from"/>.</summary>
    public DateTimeOffset AddSeconds(DateTimeOffset from, double seconds)
    {
        if (_zone is null)
        {
            return SaturatingTime.AddSeconds(from, seconds);
        }

        var left = seconds;
        foreach (var (openFrom, openTo) in OpenSpans(from, SaturatingTime.AddDays(from, MaxDaysScanned)))
        {
            var start = openFrom > from ? openFrom : from;
            if (openTo <= start)
            {
                continue;
            }

            var available = (openTo - start).TotalSeconds;
            if (available >= left)
            {
                return SaturatingTime.AddSeconds(start, left);
            }

            left -= available;
        }

        return DateTimeOffset.MaxValue;
    }

    private IEnumerable<(DateTimeOffset From, DateTimeOffset To)> OpenSpans(DateTimeOffset from, DateTimeOffset to)
    {
        var localDay = SaturatingTime.AddDays(LocalDate(from), -1);
        var lastDay = LocalDate(to);
        for (var day = localDay; day <= lastDay; day = SaturatingTime.AddDays(day, 1))
        {
            if (!_days.TryGetValue(day.DayOfWeek, out var spans))
            {
                continue;
            }

            foreach (var (open, close) in spans)
            {
                yield return (ToInstant(day, open), ToInstant(day, close));
            }
        }
    }

    /// <summary>The local date of an instant, at the ends of time too (where converting it would leave the range).</summary>
    private DateTime LocalDate(DateTimeOffset at)
    {
        var local = at.UtcTicks + _zone!.GetUtcOffset(at.UtcDateTime).Ticks;
        return new DateTime(Math.Clamp(local, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks)).Date;
    }

    private double WeeklyOpenSeconds() => _days.Values.Sum(spans => spans.Sum(s => (s.To - s.From).TotalSeconds));

    /// <summary>The instant of a local time; the ends of the range where its offset would leave it.</summary>
    private DateTimeOffset ToInstant(DateTime day, TimeSpan time)
    {
        var local = new DateTime(Math.Min(day.Ticks + time.Ticks, DateTime.MaxValue.Ticks));
        var offset = _zone!.GetUtcOffset(local);
        var utc = local.Ticks - offset.Ticks;
        return utc < DateTime.MinValue.Ticks ? DateTimeOffset.MinValue
            : utc > DateTime.MaxValue.Ticks ? DateTimeOffset.MaxValue
            : new DateTimeOffset(local, offset);
    }

    private static TimeSpan ParseTime(string s) => TryParseTime(s, out var t) ? t : throw new FormatException($"'{s}' is not HH:mm.");

    private static bool TryParseTime(string? s, out TimeSpan time)
    {
        time = default;
        if (s == "24:00")
        {
            time = TimeSpan.FromHours(24);
            return true;
        }

        return s is not null && TimeSpan.TryParseExact(s, @"hh\:mm", CultureInfo.InvariantCulture, out time);
    }
}
