namespace Realtime.Contracts.Backtests;

/// <summary>
/// What a draft ruleset would change on the stored conversations of a period. Nothing is changed: published scores,
/// alerts and reports stay as they are.
/// </summary>
public sealed record BacktestResult
{
    public required string StoreId { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    public int PublishedVersion { get; init; }
    public int Conversations { get; init; }

    /// <summary>Conversations whose score, deductions or alerts would change.</summary>
    public int Changed { get; init; }
    public double? AverageScorePublished { get; init; }
    public double? AverageScoreDraft { get; init; }
    public IReadOnlyList<BacktestAgent> Agents { get; init; } = [];

    /// <summary>The changed conversations, biggest score change first (at most <see cref="MaxListed"/>).</summary>
    public IReadOnlyList<BacktestConversation> ConversationChanges { get; init; } = [];

    public const int MaxListed = 500;
}
