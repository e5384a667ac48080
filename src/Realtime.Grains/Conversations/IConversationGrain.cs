using Realtime.Contracts.Conversations;
using Realtime.Grains.Ingest;

namespace Realtime.Grains.Conversations;

/// <summary>One conversation: orders its events, scores messages, keeps the scorecard and SLA clock, raises alerts once.</summary>
[Alias("conversation")]
public interface IConversationGrain : IGrainWithStringKey
{
    /// <summary>Applies a batch of this conversation's events; duplicates (by event id) change nothing.</summary>
    [Alias("apply")]
    Task<ApplyResult> ApplyAsync([Immutable] IReadOnlyList<IncomingEvent> events);

    /// <summary>Null when the conversation has never received an event.</summary>
    [Alias("view")]
    Task<ConversationView?> GetViewAsync();
}
