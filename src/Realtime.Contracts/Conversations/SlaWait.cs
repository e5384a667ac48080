namespace Realtime.Contracts.Conversations;

/// <summary>One customer wait on the SLA timeline: from an unanswered customer message to the reply that ends it.</summary>
public sealed record SlaWait
{
    /// <summary><c>firstResponse | nextResponse</c>.</summary>
    public required string Kind { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }
    public double Seconds { get; init; }

    /// <summary><c>waiting | met | warning | breached</c>.</summary>
    public required string Status { get; init; }
    public string? AgentId { get; init; }
    public string? Explanation { get; init; }
}
