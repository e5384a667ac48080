using System.Globalization;
using Realtime.Contracts.Rulesets;

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
    public static IEnumerable<(string Field, string Message)> Validate(BusinessHours? hours)
    {
        if (hours is null)
        {
            yield break;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(hours.TimeZone, out _))
        {
            yield return ("businessHours.timeZone", $"'{hours.TimeZone}' is not a known time zone (use an IANA id such as Asia/Shanghai)");
        }

        foreach (var (name, spans) in hours.Days)
        {
            if (!Enum.TryParse<DayOfWeek>(name, ignoreCase: true, out _) || int.TryParse(name, out _))
            {
                yield return ($"businessHours.days.{name}", "must be a day name such as monday");
                continue;
            }

            for (var i = 0; i < spans.Count; i++)
            {
                var ok = TryParseTime(spans[i].From, out var from) & TryParseTime(spans[i].To, out var to);
                if (!ok || from >= to)
                {
                    yield return ($"businessHours.days.{name}[{i}]", $"'{spans[i].From}'-'{spans[i].To}' must be HH:mm to HH:mm with from before to");
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

        double total = 0;
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
            return from.AddSeconds(seconds);
        }

        var left = seconds;
        foreach (var (openFrom, openTo) in OpenSpans(from, from.AddDays(MaxDaysScanned)))
        {
            var start = openFrom > from ? openFrom : from;
            if (openTo <= start)
            {
                continue;
            }

            var available = (openTo - start).TotalSeconds;
            if (available >= left)
            {
                return start.AddSeconds(left);
            }

            left -= available;
        }

        return DateTimeOffset.MaxValue;
    }

    private IEnumerable<(DateTimeOffset From, DateTimeOffset To)> OpenSpans(DateTimeOffset from, DateTimeOffset to)
    {
        var localDay = TimeZoneInfo.ConvertTime(from, _zone!).Date.AddDays(-1);
        var lastDay = TimeZoneInfo.ConvertTime(to, _zone!).Date;
        for (var day = localDay; day <= lastDay; day = day.AddDays(1))
        {
            if (!_days.TryGetValue(day.DayOfWeek, out var spans))
            {
                continue;
            }

            foreach (var (open, close) in spans)
            {
                yield return (ToInstant(day + open), ToInstant(day + close));
            }
        }
    }

    private DateTimeOffset ToInstant(DateTime local) => new(local, _zone!.GetUtcOffset(local));

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
