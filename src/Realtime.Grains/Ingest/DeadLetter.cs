namespace Realtime.Grains.Ingest;

/// <summary>An accepted-looking event that could not be applied, kept for an admin to read (and fix at its source).</summary>
[GenerateSerializer, Immutable, Alias("dead-letter")]
public sealed record DeadLetter
{
    [Id(0)] public required string EventId { get; init; }
    [Id(1)] public string? ConversationId { get; init; }
    [Id(2)] public string? StoreId { get; init; }
    [Id(3)] public required string Error { get; init; }

    /// <summary>The exception's type name: which part of the derivation gave up.</summary>
    [Id(4)] public string? Failure { get; init; }
    [Id(5)] public DateTimeOffset At { get; init; }
    [Id(6)] public required IncomingEvent Event { get; init; }
}
