namespace Realtime.Contracts.Disputes;

/// <summary>One change to a conversation's score or its review: who, what, when, and the total before and after.</summary>
public sealed record ScoreAuditEntry
{
    public required DateTimeOffset At { get; init; }
    public required string By { get; init; }

    /// <summary><c>dispute.opened | dispute.accepted | dispute.rejected | manual.scored</c>.</summary>
    public required string Action { get; init; }
    public string? DisputeId { get; init; }
    public string? RuleId { get; init; }
    public string? MessageId { get; init; }
    public double ScoreBefore { get; init; }
    public double ScoreAfter { get; init; }
    public string? Note { get; init; }
}
