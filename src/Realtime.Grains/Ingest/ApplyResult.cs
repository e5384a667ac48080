namespace Realtime.Grains.Ingest;

/// <summary>What a grain did with a batch: applied, duplicates, and the events it did not apply (<see cref="EventFailure"/>).</summary>
[GenerateSerializer, Immutable, Alias("apply-result")]
public readonly record struct ApplyResult([property: Id(0)] int Accepted, [property: Id(1)] int Duplicates, [property: Id(2)] List<EventFailure>? Failures = null)
{
    public static ApplyResult operator +(ApplyResult a, ApplyResult b) =>
        new(a.Accepted + b.Accepted, a.Duplicates + b.Duplicates, a.Failures is not { Count: > 0 } ? b.Failures : b.Failures is not { Count: > 0 } ? a.Failures : [.. a.Failures, .. b.Failures]);
}
