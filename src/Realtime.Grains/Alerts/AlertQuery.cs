namespace Realtime.Grains.Alerts;

[GenerateSerializer, Immutable, Alias("alert-query")]
public sealed record AlertQuery
{
    [Id(0)] public string? Status { get; init; }
    [Id(1)] public string? Kind { get; init; }
    [Id(2)] public string? TeamId { get; init; }
    [Id(3)] public string? AgentId { get; init; }
    [Id(4)] public string? ConversationId { get; init; }
    [Id(5)] public int Limit { get; init; } = 200;
}
