namespace Realtime.Grains.Floor;

/// <summary>A wallboard filter someone is subscribed to (null = every store / every team).</summary>
[GenerateSerializer, Immutable, Alias("floor-filter")]
public sealed record FloorFilter([property: Id(0)] string? StoreId, [property: Id(1)] string? TeamId);
