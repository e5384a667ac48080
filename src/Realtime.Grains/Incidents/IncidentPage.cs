using Realtime.Contracts.Incidents;

namespace Realtime.Grains.Incidents;

/// <summary>One page of a store's incidents and how many matched in all.</summary>
[GenerateSerializer, Immutable, Alias("incident-page")]
public sealed record IncidentPage([property: Id(0)] IReadOnlyList<Incident> Items, [property: Id(1)] int Total);
