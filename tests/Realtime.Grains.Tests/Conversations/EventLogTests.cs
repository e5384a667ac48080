using Realtime.Contracts.Events;
using Realtime.Grains.Conversations;
using static Realtime.Grains.Tests.Conversations.Events;

namespace Realtime.Grains.Tests.Conversations;

public sealed class EventLogTests
{
    private readonly ConversationState _state = new();

    [Fact]
    public void Events_are_kept_in_event_time_order_whatever_order_they_arrive_in()
    {
        var log = new EventLog(_state);

        foreach (var (id, at) in new[] { ("c", 30.0), ("a", 10.0), ("d", 40.0), ("b", 20.0) })
        {
            log.Add(Stamp(log, Incoming(id, at)));
        }

        Assert.Equal(["a", "b", "c", "d"], _state.Events.Select(e => e.EventId));
        Assert.Equal([1L, 3, 0, 2], _state.Events.Select(e => e.Seq));
    }

    [Fact]
    public void Events_at_the_same_instant_keep_their_arrival_order()
    {
        var log = new EventLog(_state);

        log.Add(Stamp(log, Incoming("late", 50)));
        log.Add(Stamp(log, Incoming("first", 10)));
        log.Add(Stamp(log, Incoming("second", 10)));

        Assert.Equal(["first", "second", "late"], _state.Events.Select(e => e.EventId));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(EventLog.ScannedEventIds + 10)]
    public void An_event_id_is_known_once_added_and_forgotten_once_removed(int count)
    {
        var log = new EventLog(_state);
        for (var i = 0; i < count; i++)
        {
            log.Add(Stamp(log, Incoming($"e{i}", i)));
        }

        Assert.True(log.IsKnown("e0"));
        Assert.True(log.IsKnown($"e{count - 1}"));
        Assert.False(log.IsKnown("other"));

        var added = Stamp(log, Incoming("new", 1.5));
        log.Add(added);
        Assert.True(log.IsKnown("new"));
        log.Remove(added);
        Assert.False(log.IsKnown("new"));
        Assert.Equal(count, _state.Events.Count);
    }

    [Fact]
    public void A_log_over_a_state_read_back_knows_its_events()
    {
        var written = new EventLog(_state);
        for (var i = 0; i < EventLog.ScannedEventIds + 1; i++)
        {
            written.Add(Stamp(written, Incoming($"e{i}", i)));
        }

        var reactivated = new EventLog(new ConversationState { Events = [.. _state.Events], NextSeq = _state.NextSeq });

        Assert.True(reactivated.IsKnown("e64"));
        Assert.False(reactivated.IsKnown("e65"));
    }

    [Fact]
    public void Stamping_shares_the_strings_the_log_holds_and_uses_the_next_number_even_when_scoring_throws()
    {
        var log = new EventLog(_state);
        log.Add(Stamp(log, Incoming("a", 0) with { CustomerId = new string("u".AsSpan()), Type = new string("message".AsSpan()) }));

        var second = Stamp(log, Incoming("b", 1) with { CustomerId = new string("u".AsSpan()) });
        Assert.Same(_state.Events[0].CustomerId, second.CustomerId);
        Assert.Same(EventTypes.Message, _state.Events[0].Type);
        Assert.Equal(1, second.Seq);

        Assert.Throws<InvalidOperationException>(() => log.Stamp(Incoming("c", 2), _ => throw new InvalidOperationException(), 1));
        Assert.Equal(3, _state.NextSeq);
    }
}
