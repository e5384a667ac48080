namespace Realtime.Grains.Conversations;

/// <summary>
/// The unmasked text of a conversation's messages, for the audited PII reveal only. Kept apart from
/// <see cref="IConversationGrain"/> so that every other read path can only ever see masked text.
/// </summary>
[Alias("conversation-raw-text")]
public interface IConversationRawTextGrain : IGrainWithStringKey
{
    /// <summary>Messages in event-time order; null when the conversation has never received an event.</summary>
    [Alias("raw-messages")]
    Task<IReadOnlyList<RawMessage>?> GetRawMessagesAsync();
}

[GenerateSerializer, Immutable, Alias("raw-message")]
public sealed record RawMessage(
    [property: Id(0)] string EventId,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] string Sender,
    [property: Id(3)] string? AgentId,
    [property: Id(4)] string Text);
