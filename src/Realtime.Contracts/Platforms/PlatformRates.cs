using System.Text.Json.Serialization;
using Realtime.Contracts.Texts;

namespace Realtime.Contracts.Platforms;

/// <summary><c>GET /api/platform-metrics?storeId=</c>: a store's platform response rates, today (store local day) and the rolling 30 days.</summary>
public sealed record PlatformRates
{
    public required string StoreId { get; init; }
    public required string TimeZone { get; init; }

    /// <summary>Today in store local time, <c>yyyy-MM-dd</c>.</summary>
    public required string Date { get; init; }

    public IReadOnlyList<PlatformRate> Metrics { get; init; } = [];
}

/// <summary>One rule's figures; <c>warnBelowPct</c> is where <c>platform.rate.low</c> warns (target + margin).</summary>
public sealed record PlatformRate
{
    public required string Platform { get; init; }

    /// <summary>A preset's name is rendered in the reader's language from <see cref="NameKey"/>; a store's own name is as written.</summary>
    [RenderedFrom(nameof(NameKey), nameof(NameArgs))]
    public required string Name { get; init; }

    /// <summary>The catalogue label of a preset's name (<c>label.platformMetric.{platform}</c>); null for a store's own name.</summary>
    public string? NameKey { get; init; }

    [JsonIgnore]
    public IReadOnlyDictionary<string, string>? NameArgs => null;
    public required int ReplyWithinSeconds { get; init; }
    public required string Unit { get; init; }
    public required double Target { get; init; }
    public required double WarnBelowPct { get; init; }
    public required RateFigures Today { get; init; }
    public required RateFigures Last30Days { get; init; }

    /// <summary>Today's missed rounds, newest first (at most 20).</summary>
    public IReadOnlyList<MissedRound> MissedRounds { get; init; } = [];
}

/// <summary>Rounds answered in time (<c>met</c>), not (<c>missed</c>), still within the limit (<c>pending</c>); <c>ratePct</c> null without decided rounds.</summary>
public sealed record RateFigures(double? RatePct, int Met, int Missed, int Pending);

/// <summary>A round answered late (<c>answeredAt</c> set) or not at all.</summary>
public sealed record MissedRound(string ConversationId, string? CustomerId, DateTimeOffset StartedAt, DateTimeOffset? AnsweredAt);
