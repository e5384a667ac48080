namespace Realtime.Grains.Ingest;

[GenerateSerializer, Immutable, Alias("apply-result")]
public readonly record struct ApplyResult([property: Id(0)] int Accepted, [property: Id(1)] int Duplicates)
{
    public static ApplyResult operator +(ApplyResult a, ApplyResult b) => new(a.Accepted + b.Accepted, a.Duplicates + b.Duplicates);
}
