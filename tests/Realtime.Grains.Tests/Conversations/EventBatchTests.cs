using Realtime.Contracts.Conversations;
using Realtime.Grains.Conversations;
using static Realtime.Grains.Tests.Conversations.Events;

namespace Realtime.Grains.Tests.Conversations;

public sealed class EventBatchTests
{
    private readonly ConversationState _state = new();

    /// <summary>Facts that throw while the log holds an event whose text is "poison" (and, when set, while it holds both "a" and "b").</summary>
    private Func<Task<ConversationFacts>> Project(bool aAndBClash = false) => () =>
    {
        var ids = _state.Events.Select(e => e.EventId).ToHashSet();
        if (_state.Events.Any(e => e.Text == "poison") || (aAndBClash && ids.Contains("a") && ids.Contains("b")))
        {
            throw new ArithmeticException("cannot derive");
        }

        return Task.FromResult(new ConversationFacts { ConversationId = "c", Scorecard = new Scorecard(), CustomerMessages = _state.Events.Count });
    };

    [Fact]
    public async Task Duplicates_are_counted_and_change_nothing()
    {
        var log = new EventLog(_state);
        await EventBatch.ApplyAsync(log, [Incoming("a", 0)], e => Stamp(log, e), Project());

        var again = await EventBatch.ApplyAsync(log, [Incoming("a", 0), Incoming("b", 1), Incoming("b", 1)], e => Stamp(log, e), Project());

        Assert.Equal(2, again.Duplicates);
        Assert.Equal(["b"], again.Added.Select(a => a.Event.EventId));
        Assert.Equal(["a", "b"], _state.Events.Select(e => e.EventId));
        Assert.Equal(2, again.Facts!.CustomerMessages);
    }

    [Fact]
    public async Task An_event_that_cannot_be_stored_is_rejected_and_the_others_are_applied()
    {
        var log = new EventLog(_state);

        var batch = await EventBatch.ApplyAsync(
            log, [Incoming("a", 0), Incoming("bad", 1), Incoming("c", 2)],
            e => e.EventId == "bad" ? throw new FormatException() : Stamp(log, e), Project());

        Assert.Equal(["a", "c"], _state.Events.Select(e => e.EventId));
        var failed = Assert.Single(batch.Failed);
        Assert.Equal(("bad", typeof(FormatException)), (failed.Event.EventId, failed.Error.GetType()));
        Assert.NotNull(batch.Facts);
    }

    [Fact]
    public async Task An_event_the_facts_cannot_take_is_set_apart_and_the_rest_derive()
    {
        var log = new EventLog(_state);

        var batch = await EventBatch.ApplyAsync(log, [Incoming("a", 0), Incoming("p", 1, text: "poison"), Incoming("c", 2)], e => Stamp(log, e), Project());

        Assert.Equal(["a", "c"], _state.Events.Select(e => e.EventId));
        Assert.Equal(["a", "c"], batch.Added.Select(a => a.Event.EventId));
        Assert.Equal(("p", typeof(ArithmeticException)), (Assert.Single(batch.Failed).Event.EventId, batch.Failed[0].Error.GetType()));
        Assert.Equal(2, batch.Facts!.CustomerMessages);
        Assert.False(log.IsKnown("p"));
    }

    [Fact]
    public async Task Of_two_events_that_cannot_derive_together_the_later_one_in_the_batch_is_rejected()
    {
        var log = new EventLog(_state);

        var batch = await EventBatch.ApplyAsync(log, [Incoming("b", 1), Incoming("a", 0)], e => Stamp(log, e), Project(aAndBClash: true));

        Assert.Equal(["b"], _state.Events.Select(e => e.EventId));
        Assert.Equal("a", Assert.Single(batch.Failed).Event.EventId);
        Assert.NotNull(batch.Facts);
    }

    [Fact]
    public async Task Events_that_derive_one_by_one_but_not_at_the_end_are_all_rejected()
    {
        var log = new EventLog(_state);
        var calls = 0;
        var facts = new ConversationFacts { ConversationId = "c", Scorecard = new Scorecard() };

        // The whole batch fails, each event added one by one derives, the final derivation fails again.
        var batch = await EventBatch.ApplyAsync(log, [Incoming("a", 0), Incoming("b", 1)], e => Stamp(log, e),
            () => ++calls is 1 or 4 ? throw new ArithmeticException() : Task.FromResult(facts));

        Assert.Equal(4, calls);
        Assert.Empty(_state.Events);
        Assert.Empty(batch.Added);
        Assert.Equal(["a", "b"], batch.Failed.Select(f => f.Event.EventId));
        Assert.Null(batch.Facts);
        Assert.False(log.IsKnown("a"));
    }

    [Fact]
    public async Task Forgetting_a_batch_leaves_the_log_as_it_was_so_the_events_can_come_again()
    {
        var log = new EventLog(_state);
        await EventBatch.ApplyAsync(log, [Incoming("a", 0)], e => Stamp(log, e), Project());
        var batch = await EventBatch.ApplyAsync(log, [Incoming("b", 1), Incoming("c", 2)], e => Stamp(log, e), Project());

        batch.Forget();

        Assert.Equal(["a"], _state.Events.Select(e => e.EventId));
        var retried = await EventBatch.ApplyAsync(log, [Incoming("b", 1)], e => Stamp(log, e), Project());
        Assert.Equal(0, retried.Duplicates);
        Assert.Single(retried.Added);
    }

    [Fact]
    public async Task A_batch_of_duplicates_only_derives_nothing()
    {
        var log = new EventLog(_state);
        await EventBatch.ApplyAsync(log, [Incoming("a", 0)], e => Stamp(log, e), Project());
        var derived = 0;

        var batch = await EventBatch.ApplyAsync(log, [Incoming("a", 0)], e => Stamp(log, e), () => { derived++; return Project()(); });

        Assert.Equal(0, derived);
        Assert.Null(batch.Facts);
    }
}
