namespace Realtime.Grains.Incidents;

[GenerateSerializer, Immutable, Alias("incident-query")]
public sealed record IncidentQuery
{
    [Id(0)] public string? Status { get; init; }
    [Id(1)] public string? Severity { get; init; }
    [Id(2)] public string? TeamId { get; init; }
    [Id(3)] public string? AgentId { get; init; }

    /// <summary>Incidents to skip and to return, newest activity first.</summary>
    [Id(4)] public int Offset { get; init; }
    [Id(5)] public int Limit { get; init; } = 100;

    /// <summary>When not empty, only incidents of these teams (the caller's scope).</summary>
    [Id(6)] public IReadOnlyList<string> InTeams { get; init; } = [];
}
