using Realtime.Contracts.Events;

namespace Realtime.Grains.Conversations;

public sealed partial class ConversationGrain : IConversationRawTextGrain
{
    Task<IReadOnlyList<RawMessage>?> IConversationRawTextGrain.GetRawMessagesAsync() =>
        Task.FromResult<IReadOnlyList<RawMessage>?>(state.State.Events.Count == 0
            ? null
            : state.State.Events
                .Where(e => e.Type == EventTypes.Message)
                .Select(e => new RawMessage(e.EventId, e.OccurredAt, e.Sender ?? Senders.Customer, e.AgentId, e.Text ?? string.Empty))
                .ToList());
}
