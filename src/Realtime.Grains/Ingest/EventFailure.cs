namespace Realtime.Grains.Ingest;

/// <summary>
/// An event a grain did not apply. <see cref="Retry"/>: not applied for a passing reason, send it again (a repeat
/// changes nothing); otherwise the event itself cannot be applied and is parked in the dead-letter store.
/// </summary>
[GenerateSerializer, Immutable, Alias("event-failure")]
public sealed record EventFailure([property: Id(0)] string EventId, [property: Id(1)] string Error, [property: Id(2)] bool Retry);
