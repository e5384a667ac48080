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

    /// <summary>An SLA threshold it set with its silo's <see cref="SlaAlarms"/> has passed: re-derive and raise what is due.</summary>
    [Alias("wake")]
    Task WakeAsync();

    /// <summary>Null when the conversation has never received an event.</summary>
    [Alias("view")]
    Task<ConversationView?> GetViewAsync();
}
