using Realtime.Contracts.Scoring;
using Realtime.Grains.Ingest;

namespace Realtime.Grains.Conversations;

/// <summary>
/// A conversation's stored events: which ids it holds already (dedup), each new event stamped with its arrival number
/// and inserted in event-time order. Works on the state's list itself, so what it changes is what gets written.
/// </summary>
public sealed class EventLog(ConversationState state)
{
    /// <summary>Up to this many events, ids are compared in place rather than kept in a set of their own.</summary>
    public const int ScannedEventIds = 64;

    /// <summary>Ids of a long conversation's events, made when it grows past <see cref="ScannedEventIds"/>.</summary>
    private HashSet<string>? _eventIds;

    public List<StoredEvent> Events => state.Events;

    /// <summary>Whether an event was applied already.</summary>
    public bool IsKnown(string eventId)
    {
        var events = state.Events;
        if (events.Count <= ScannedEventIds)
        {
            foreach (var e in events)
            {
                if (e.EventId == eventId)
                {
                    return true;
                }
            }

            return false;
        }

        _eventIds ??= new HashSet<string>(events.Select(e => e.EventId), StringComparer.Ordinal);
        return _eventIds.Contains(eventId);
    }

    /// <summary>
    /// The stored form of an incoming event with the next arrival number; its repeated strings share the instances
    /// the log already holds (<see cref="SharedStrings"/>). The number is used even when <paramref name="analyse"/> throws.
    /// </summary>
    public StoredEvent Stamp(IncomingEvent e, Func<IncomingEvent, MessageAnalysis?> analyse, int rulesetVersion)
    {
        var events = state.Events;
        var (first, last) = events.Count > 0 ? (events[0], events[^1]) : (null, null);
        return new StoredEvent
        {
            EventId = e.EventId,
            Type = SharedStrings.Word(e.Type)!,
            OccurredAt = e.OccurredAt,
            Seq = state.NextSeq++,
            Sender = SharedStrings.Word(e.Sender),
            AgentId = SharedStrings.Share(e.AgentId, first?.AgentId, last?.AgentId),
            CustomerId = SharedStrings.Share(e.CustomerId, first?.CustomerId, last?.CustomerId),
            StoreId = SharedStrings.Share(e.StoreId, first?.StoreId, last?.StoreId),
            TeamId = SharedStrings.Share(e.TeamId, first?.TeamId, last?.TeamId),
            Platform = SharedStrings.Word(e.Platform),
            Channel = SharedStrings.Word(e.Channel),
            Text = e.Text,
            Rating = e.Rating,
            Role = SharedStrings.Word(e.Role),
            Analysis = analyse(e),
            RulesetVersion = rulesetVersion,
            Historical = e.Historical,
        };
    }

    /// <summary>Inserts the event after every event that sorts before it (<see cref="StoredEvent.Compare"/>).</summary>
    public void Add(StoredEvent e)
    {
        var events = state.Events;
        var index = events.Count;
        while (index > 0 && StoredEvent.Compare(events[index - 1], e) > 0)
        {
            index--;
        }

        events.Insert(index, e);
        _eventIds?.Add(e.EventId);
    }

    public void Remove(StoredEvent e)
    {
        state.Events.Remove(e);
        _eventIds?.Remove(e.EventId);
    }
}
