using Realtime.Grains.Disputes;
using Realtime.Grains.Serialization;

namespace Realtime.Grains.Conversations;

/// <summary>
/// Persistent state of one conversation: its events in event-time order. Everything else (scorecard, SLA timeline,
/// mood) is derived from them by <see cref="ConversationProjector"/>, so late events give the in-order outcome.
/// </summary>
[GenerateSerializer, Alias("conversation-state")]
public sealed class ConversationState
{
    /// <summary>Serialized through <see cref="PackedEvents"/>.</summary>
    [field: NonSerialized]
    public List<StoredEvent> Events { get; set; } = [];

    /// <summary>
    /// Where states written before the packed format held the events (Orleans' object format): read, never written.
    /// </summary>
    [Id(0)]
    public List<StoredEvent>? EventObjects
    {
        get => null;
        set
        {
            if (value is not null)
            {
                Events = value;
            }
        }
    }

    /// <summary>The events as they are written: <see cref="StoredEventFormat"/>.</summary>
    [Id(8)]
    public PackedEvents PackedEvents
    {
        get => new(Events);
        set => Events = value.Events;
    }

    // Id(1) held the event ids as a set of their own; they are the events' ids (states written with it still read).

    /// <summary>Condition key → alert id: one condition raises one alert.</summary>
    [Id(2)] public Dictionary<string, string> RaisedConditions { get; set; } = new(StringComparer.Ordinal);
    [Id(3)] public long NextSeq { get; set; }

    /// <summary>Raised conditions whose alerts the system has resolved (they no longer apply); never sent twice.</summary>
    [Id(11)] public HashSet<string>? SettledConditions { get; set; }

    /// <summary>Condition key → agent of the hints given and not yet retired.</summary>
    [Id(12)] public Dictionary<string, string>? OpenHints { get; set; }

    /// <summary>The agents that were told about the conversation, so a transfer can move the load.</summary>
    [Id(4)] public string? ReportedAgentId { get; set; }
    [Id(5)] public bool ContactRecorded { get; set; }
    [Id(6)] public bool ClosedReported { get; set; }

    /// <summary>The date of the record last reported to the agent: a late event can move the conversation's start to another day.</summary>
    [Id(7)] public string? ReportedDate { get; set; }

    /// <summary>The customer's sales record was told this conversation is (or was) an inquiry.</summary>
    [Id(9)] public bool InquiryNoted { get; set; }

    /// <summary>Agents who were sent the transferred-away record (null until a transfer).</summary>
    [Id(10)] public List<string>? TransferredAgents { get; set; }

    /// <summary>Disputes, manual score and audit trail (QA review).</summary>
    [Id(20)] public ConversationReview Review { get; set; } = new();
}
