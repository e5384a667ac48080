namespace Realtime.Contracts.Disputes;

/// <summary>
/// An agent contesting one deduction of its conversation (identified by rule id and message id; every deduction of
/// that rule on that message is covered). Accepted, the deduction no longer counts and the scores follow.
/// </summary>
public sealed record Dispute
{
    public required string DisputeId { get; init; }
    public required string RuleId { get; init; }
    public string? MessageId { get; init; }
    public required string Reason { get; init; }
    public required string AgentId { get; init; }

    /// <summary><c>open | accepted | rejected</c>.</summary>
    public string Status { get; init; } = DisputeStatuses.Open;
    public required DateTimeOffset OpenedAt { get; init; }
    public string? DecidedBy { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public string? Note { get; init; }

    /// <summary>The conversation's total before and after the decision (equal when rejected).</summary>
    public double? ScoreBefore { get; init; }
    public double? ScoreAfter { get; init; }
}
