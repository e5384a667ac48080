using Realtime.Contracts.Incidents;

namespace Realtime.Grains.Incidents;

/// <summary>The outcome of an incident ack or resolve: the incident, or why not (<c>notFound</c> / <c>conflict</c>).</summary>
[GenerateSerializer, Immutable, Alias("incident-transition")]
public sealed record IncidentTransition([property: Id(0)] Incident? Incident, [property: Id(1)] string? Error);
