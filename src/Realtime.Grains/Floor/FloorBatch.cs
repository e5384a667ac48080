using Realtime.Contracts.Alerts;

namespace Realtime.Grains.Floor;

/// <summary>Changes a silo's <see cref="FloorFeed"/> collected since its last flush.</summary>
[GenerateSerializer, Immutable, Alias("floor-batch")]
public sealed record FloorBatch
{
    [Id(0)] public IReadOnlyList<ConversationSummary> Conversations { get; init; } = [];
    [Id(1)] public IReadOnlyList<AgentSummary> Agents { get; init; } = [];
    [Id(2)] public IReadOnlyList<Alert> Alerts { get; init; } = [];

    public bool IsEmpty => Conversations.Count == 0 && Agents.Count == 0 && Alerts.Count == 0;
}
