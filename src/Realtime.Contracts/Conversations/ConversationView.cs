using Realtime.Contracts.Alerts;

namespace Realtime.Contracts.Conversations;

/// <summary><c>GET /api/conversations/{id}</c>: everything behind a conversation's scores, PII masked.</summary>
public sealed record ConversationView
{
    public required string ConversationId { get; init; }
    public string StoreId { get; init; } = "default";
    public string? TeamId { get; init; }
    public string? Platform { get; init; }
    public string? Channel { get; init; }
    public string? CustomerId { get; init; }
    public string? AgentId { get; init; }
    public IReadOnlyList<string> AgentHistory { get; init; } = [];
    public string? AgentRole { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public string Status { get; init; } = "open";
    public int? Csat { get; init; }
    public int RulesetVersion { get; init; }
    public IReadOnlyList<MessageView> Messages { get; init; } = [];
    public IReadOnlyList<SlaWait> SlaTimeline { get; init; } = [];
    public IReadOnlyList<MoodPoint> MoodTrajectory { get; init; } = [];
    public IReadOnlyList<Alert> Alerts { get; init; } = [];
    public required Scorecard Scorecard { get; init; }

    /// <summary>Orders credited to this conversation's agent (docs/conversion.md).</summary>
    public IReadOnlyList<Orders.OrderCredit> Orders { get; init; } = [];
}
