namespace Realtime.Grains.Ingest;

/// <summary>A validated event on its way to a grain. <see cref="Seq"/> is the arrival order, used to break <c>occurredAt</c> ties.</summary>
[GenerateSerializer, Immutable, Alias("incoming-event")]
public sealed record IncomingEvent
{
    [Id(0)] public required string EventId { get; init; }
    [Id(1)] public required string Type { get; init; }
    [Id(2)] public required DateTimeOffset OccurredAt { get; init; }
    [Id(3)] public string? ConversationId { get; init; }
    [Id(4)] public string StoreId { get; init; } = "default";
    [Id(5)] public string? TeamId { get; init; }
    [Id(6)] public string? Platform { get; init; }
    [Id(7)] public string? Channel { get; init; }
    [Id(8)] public string? CustomerId { get; init; }
    [Id(9)] public string? AgentId { get; init; }
    [Id(10)] public string? Sender { get; init; }
    [Id(11)] public string? Text { get; init; }
    [Id(12)] public int? Rating { get; init; }
    [Id(13)] public string? Status { get; init; }
    [Id(14)] public string? Role { get; init; }

    /// <summary>Imported history: scored and reported, but raises no live alerts, hints or pushes.</summary>
    [Id(15)] public bool Historical { get; init; }

    /// <summary>Order events only (see <c>ConversationEvent</c>).</summary>
    [Id(16)] public string? OrderId { get; init; }
    [Id(17)] public decimal? Amount { get; init; }
    [Id(18)] public string? Currency { get; init; }
    [Id(19)] public IReadOnlyList<Contracts.Orders.OrderItem>? Items { get; init; }
}
