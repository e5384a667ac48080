namespace Realtime.Contracts.Rulesets;

/// <summary>
/// Optional opening hours of a store. SLA clocks only run inside them: a customer who writes at 23:50 to a shop that
/// opens at 09:00 has waited 0 s at 09:00. Days are lower-case English names; a missing day is closed.
/// </summary>
public sealed record BusinessHours
{
    /// <summary>IANA id, e.g. <c>Asia/Shanghai</c>.</summary>
    public string TimeZone { get; init; } = "UTC";
    public IReadOnlyDictionary<string, IReadOnlyList<OpeningSpan>> Days { get; init; } = new Dictionary<string, IReadOnlyList<OpeningSpan>>();
}

/// <summary>Local opening time span, <c>HH:mm</c> to <c>HH:mm</c> (<c>24:00</c> allowed as an end).</summary>
public sealed record OpeningSpan(string From, string To);
