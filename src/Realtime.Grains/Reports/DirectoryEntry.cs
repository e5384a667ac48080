namespace Realtime.Grains.Reports;

/// <summary>An agent seen working for a store (and team).</summary>
[GenerateSerializer, Immutable, Alias("directory-entry")]
public sealed record DirectoryEntry(
    [property: Id(0)] string AgentId,
    [property: Id(1)] string StoreId,
    [property: Id(2)] string? TeamId);
