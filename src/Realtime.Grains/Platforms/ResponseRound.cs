namespace Realtime.Grains.Platforms;

/// <summary>
/// A customer round of one conversation: from the first unanswered customer message to the first reply that stops the
/// SLA clock (human, or a bot when the ruleset says bots count); <see cref="Ended"/> when closed without one.
/// </summary>
[GenerateSerializer, Immutable, Alias("response-round")]
public sealed record ResponseRound(
    [property: Id(0)] DateTimeOffset StartedAt,
    [property: Id(1)] DateTimeOffset? AnsweredAt,
    [property: Id(2)] bool Ended);

/// <summary>All rounds of one conversation, as its grain last derived them.</summary>
[GenerateSerializer, Immutable, Alias("conversation-rounds")]
public sealed record ConversationRounds
{
    [Id(0)] public required string ConversationId { get; init; }
    [Id(1)] public string? CustomerId { get; init; }
    [Id(2)] public required string Platform { get; init; }
    [Id(3)] public IReadOnlyList<ResponseRound> Rounds { get; init; } = [];

    public bool SameAs(ConversationRounds? other) =>
        other is not null && other.ConversationId == ConversationId && other.CustomerId == CustomerId
        && other.Platform == Platform && other.Rounds.SequenceEqual(Rounds);
}
