namespace Realtime.Grains.Floor;

[GenerateSerializer, Immutable, Alias("agent-summary")]
public sealed record AgentSummary
{
    [Id(0)] public required string AgentId { get; init; }
    [Id(1)] public string Status { get; init; } = "offline";
    [Id(2)] public string? TeamId { get; init; }
    [Id(3)] public string? StoreId { get; init; }
    [Id(4)] public int BreachesToday { get; init; }
    [Id(5)] public int AlertsToday { get; init; }
}
