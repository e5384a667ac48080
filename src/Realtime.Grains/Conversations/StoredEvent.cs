using Realtime.Contracts.Scoring;

namespace Realtime.Grains.Conversations;

/// <summary>
/// An accepted event of one conversation, kept in event-time order with its scoring result. Never shared within a
/// state, so the serializer does not track it (tracking every object of a state cost a hash lookup each per write).
/// </summary>
[GenerateSerializer, SuppressReferenceTracking, Alias("stored-event")]
public sealed record StoredEvent
{
    [Id(0)] public required string EventId { get; init; }
    [Id(1)] public required string Type { get; init; }
    [Id(2)] public required DateTimeOffset OccurredAt { get; init; }
    [Id(3)] public long Seq { get; init; }
    [Id(4)] public string? Sender { get; init; }
    [Id(5)] public string? AgentId { get; init; }
    [Id(6)] public string? CustomerId { get; init; }
    [Id(7)] public string? StoreId { get; init; }
    [Id(8)] public string? TeamId { get; init; }
    [Id(9)] public string? Platform { get; init; }
    [Id(10)] public string? Channel { get; init; }
    [Id(11)] public string? Text { get; init; }
    [Id(12)] public int? Rating { get; init; }
    [Id(13)] public string? Role { get; init; }
    [Id(14)] public MessageAnalysis? Analysis { get; init; }
    [Id(15)] public int RulesetVersion { get; init; }
    [Id(16)] public bool Historical { get; init; }

    public static int Compare(StoredEvent? a, StoredEvent? b)
    {
        if (ReferenceEquals(a, b))
        {
            return 0;
        }

        if (a is null)
        {
            return -1;
        }

        if (b is null)
        {
            return 1;
        }

        var byTime = a.OccurredAt.CompareTo(b.OccurredAt);
        return byTime != 0 ? byTime : a.Seq.CompareTo(b.Seq);
    }
}
