namespace Realtime.Grains.Ingest;

/// <summary>The dead-letter store: events whose application failed, newest last, bounded (<see cref="DeadLetterGrain.Capacity"/>).</summary>
[Alias("dead-letters")]
public interface IDeadLetterGrain : IGrainWithStringKey
{
    /// <summary>The one store every silo parks in.</summary>
    const string Key = "ingest";

    [Alias("park")]
    Task ParkAsync([Immutable] IReadOnlyList<DeadLetter> letters);

    /// <summary>The newest <paramref name="limit"/> letters, newest first, and how many were ever parked.</summary>
    [Alias("list")]
    Task<DeadLetterPage> ListAsync(int limit);
}

[GenerateSerializer, Immutable, Alias("dead-letter-page")]
public sealed record DeadLetterPage([property: Id(0)] long Total, [property: Id(1)] IReadOnlyList<DeadLetter> Letters);
