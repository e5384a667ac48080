using System.Collections.Frozen;
using Realtime.Contracts.Conversations;

namespace Realtime.Grains.Conversations;

/// <summary>Everything derived from a conversation's events at one moment.</summary>
public sealed record ConversationFacts
{
    public required string ConversationId { get; init; }
    public string StoreId { get; init; } = "default";
    public string? TeamId { get; init; }
    public string? Platform { get; init; }
    public string? Channel { get; init; }
    public string? CustomerId { get; init; }
    public string? AgentId { get; init; }
    public IReadOnlyList<string> AgentHistory { get; init; } = [];
    public string Role { get; init; } = "afterSales";
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public DateTimeOffset? LastActivityAt { get; init; }
    public int? Csat { get; init; }
    public int CustomerMessages { get; init; }
    public int AgentMessages { get; init; }
    public IReadOnlyList<SlaWaitFacts> Waits { get; init; } = [];
    public SlaWaitFacts? Resolution { get; init; }
    public IReadOnlySet<string> Topics { get; init; } = FrozenSet<string>.Empty;
    public required Scorecard Scorecard { get; init; }
    public IReadOnlyList<AlertCondition> Conditions { get; init; } = [];

    /// <summary>What the customer threatened (the complaint phrase, or <c>model</c>); null when no complaint.</summary>
    public string? ComplaintReason { get; init; }

    public bool IsClosed => ClosedAt is not null;

    public SlaWaitFacts? OpenWait => Waits.Count > 0 && Waits[^1].Status == SlaCalculator.Waiting ? Waits[^1] : null;
}
