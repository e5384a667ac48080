using System.Globalization;
using Realtime.Contracts.Texts;

namespace Realtime.Grains.Reports;

/// <summary>An inclusive range of UTC days, at most <see cref="MaxDays"/> long.</summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    public const int MaxDays = 366;
    private const string Format = "yyyy-MM-dd";

    public string FromDate { get; } = From.ToString(Format, CultureInfo.InvariantCulture);

    public string ToDate { get; } = To.ToString(Format, CultureInfo.InvariantCulture);

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The first instant of the period (UTC days).</summary>
    public DateTimeOffset Start => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The first instant after the period.</summary>
    public DateTimeOffset End => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public bool Contains(DateOnly day) => day >= From && day <= To;

    public bool Contains(string date) => string.CompareOrdinal(date, FromDate) >= 0 && string.CompareOrdinal(date, ToDate) <= 0;

    public static string DateOf(DateOnly day) => day.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>Parses <c>from</c>/<c>to</c>; on failure <paramref name="errors"/> names each bad field and why.</summary>
    public static bool TryParse(string? from, string? to, out ReportPeriod period, out List<(string Field, Text Text)> errors)
    {
        errors = [];
        var fromDay = ParseDay(nameof(from), from, errors);
        var toDay = ParseDay(nameof(to), to, errors);
        period = new ReportPeriod(fromDay ?? default, toDay ?? default);
        if (fromDay is null || toDay is null)
        {
            return false;
        }

        if (fromDay > toDay)
        {
            errors.Add(("to", Text.Of("problem.period.toBeforeFrom", ("from", from), ("to", to))));
        }
        else if (period.Days > MaxDays)
        {
            errors.Add(("to", Text.Of("problem.period.tooLong", ("days", period.Days), ("max", MaxDays))));
        }

        return errors.Count == 0;
    }

    private static DateOnly? ParseDay(string name, string? value, List<(string Field, Text Text)> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add((name, Text.Of("problem.period.required", ("field", name))));
            return null;
        }

        if (!DateOnly.TryParseExact(value, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            errors.Add((name, Text.Of("problem.period.notDate", ("field", name), ("value", value))));
            return null;
        }

        return day;
    }
}
