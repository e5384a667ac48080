namespace Realtime.Grains.Sales;

/// <summary>One order event as its customer's sales record keeps it.</summary>
[GenerateSerializer, Immutable, Alias("order-entry")]
public sealed record OrderEntry
{
    [Id(0)] public required string EventId { get; init; }
    [Id(1)] public required string Status { get; init; }
    [Id(2)] public required DateTimeOffset At { get; init; }

    /// <summary>Arrival order, to break ties of <see cref="At"/>.</summary>
    [Id(3)] public long Seq { get; init; }
    [Id(4)] public decimal? Amount { get; init; }
    [Id(5)] public string? Currency { get; init; }
}
