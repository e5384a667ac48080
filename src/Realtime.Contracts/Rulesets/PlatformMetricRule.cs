using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Realtime.Contracts.Rulesets;

/// <summary>
/// One response-rate rule a platform judges a shop by (淘宝 3分钟人工响应率, 京东 30秒应答率, docs/platform-metrics.md):
/// the share of customer rounds started inside <see cref="Window"/> (store local time) that a human answered within
/// <see cref="ReplyWithinSeconds"/>.
/// </summary>
public sealed record PlatformMetricRule
{
    public const string UnitRound = "round";
    public const string UnitCustomerDay = "customerDay";

    public string Platform { get; init; } = string.Empty;
    public string Name { get; init; } = string.Empty;
    public int ReplyWithinSeconds { get; init; } = 180;

    /// <summary>Rounds starting in this time-of-day span count; <c>to</c> before <c>from</c> runs past midnight.</summary>
    public LocalTimeWindow Window { get; init; } = new();

    /// <summary><c>round</c>: every round counts; <c>customerDay</c>: a customer's first round of the local day decides for that day.</summary>
    public string Unit { get; init; } = UnitRound;

    /// <summary>The platform's threshold, percent.</summary>
    public double Target { get; init; } = 80;

    /// <summary>The <c>platform.rate.low</c> warning comes this many points above <see cref="Target"/>, before the platform judges.</summary>
    public double WarnMarginPct { get; init; } = 5;

    /// <summary>Decided rounds today before a rate can warn (a day's first missed round is not yet a trend).</summary>
    public int MinRounds { get; init; } = 10;

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }

    /// <summary>The rule's identity within a store.</summary>
    [JsonIgnore]
    public string Key => $"{Platform}:{Name}";
}

/// <summary>A time-of-day span in store local time, <c>HH:mm</c>; <c>to</c> may be <c>24:00</c>.</summary>
public sealed record LocalTimeWindow
{
    public string From { get; init; } = "00:00";
    public string To { get; init; } = "24:00";

    /// <summary><c>HH:mm</c> (or <c>24:00</c>) as a time of day; false when it is not one.</summary>
    public static bool TryParseTime(string? text, out TimeSpan time)
    {
        time = default;
        if (text == "24:00")
        {
            time = TimeSpan.FromHours(24);
            return true;
        }

        return text is { Length: 5 } && TimeSpan.TryParseExact(text, @"hh\:mm", CultureInfo.InvariantCulture, out time);
    }
}
