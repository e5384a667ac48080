namespace Realtime.Grains.Sales;

/// <summary>
/// What a customer's sales record needs of one of its conversations to credit orders: when it started, who served it
/// (<see cref="AgentId"/> last), and whether it is an inquiry by its store's rule when last told.
/// </summary>
[GenerateSerializer, Immutable, Alias("inquiry-note")]
public sealed record InquiryNote
{
    [Id(0)] public required string ConversationId { get; init; }
    [Id(1)] public string StoreId { get; init; } = "default";
    [Id(2)] public string? TeamId { get; init; }
    [Id(3)] public string? Platform { get; init; }
    [Id(4)] public required DateTimeOffset StartedAt { get; init; }

    /// <summary>The last human agent who served the conversation.</summary>
    [Id(5)] public required string AgentId { get; init; }
    [Id(6)] public bool IsInquiry { get; init; }
}
