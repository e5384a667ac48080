namespace Realtime.Grains.Floor;

/// <summary>What the wallboard needs to know about one conversation.</summary>
[GenerateSerializer, Immutable, Alias("conversation-summary")]
public sealed record ConversationSummary
{
    [Id(0)] public required string ConversationId { get; init; }
    [Id(1)] public string StoreId { get; init; } = "default";
    [Id(2)] public string? TeamId { get; init; }
    [Id(3)] public string? AgentId { get; init; }
    [Id(4)] public string? CustomerId { get; init; }
    [Id(5)] public bool Open { get; init; }
    [Id(6)] public DateTimeOffset? WaitingSince { get; init; }
    [Id(7)] public DateTimeOffset LastActivityAt { get; init; }
    [Id(8)] public DateTimeOffset StartedAt { get; init; }
    [Id(9)] public int Messages { get; init; }
    [Id(10)] public int WaitsAnswered { get; init; }
    [Id(11)] public int WaitsMet { get; init; }
    [Id(12)] public int Breaches { get; init; }
    [Id(13)] public int? Csat { get; init; }
    [Id(14)] public string? RiskReason { get; init; }
    [Id(15)] public string? RiskSeverity { get; init; }
    [Id(16)] public double Score { get; init; }
}
