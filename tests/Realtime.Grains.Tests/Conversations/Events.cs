using Realtime.Contracts.Events;
using Realtime.Grains.Conversations;
using Realtime.Grains.Ingest;

namespace Realtime.Grains.Tests.Conversations;

/// <summary>Incoming events of one conversation for the tests, timed in seconds after <see cref="T0"/>.</summary>
internal static class Events
{
    internal static readonly DateTimeOffset T0 = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    internal static IncomingEvent Incoming(string id, double seconds, string type = EventTypes.Message, string? sender = Senders.Customer, string? text = "hello") => new()
    {
        EventId = id,
        ConversationId = "c",
        Type = type,
        OccurredAt = T0.AddSeconds(seconds),
        Sender = type == EventTypes.Message ? sender : null,
        Text = type == EventTypes.Message ? text : null,
        CustomerId = "u",
        StoreId = "s",
    };

    /// <summary>Stamps without scoring, as a log does for events that are not messages.</summary>
    internal static StoredEvent Stamp(EventLog log, IncomingEvent e) => log.Stamp(e, _ => null, rulesetVersion: 1);
}
