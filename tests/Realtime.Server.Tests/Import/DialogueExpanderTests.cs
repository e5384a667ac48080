using Realtime.Contracts.Import;

namespace Realtime.Server.Tests.Import;

public sealed class DialogueExpanderTests
{
    private static readonly Dialogue Sample = new("d-1", "JDDC-2019-sample (JD.com)", [
        new DialogueTurn("customer", "你好,快递到哪了"),
        new DialogueTurn("agent", "亲,马上为您查询"),
        new DialogueTurn("customer", "好的"),
    ]);

    private static readonly DialogueTimeline Timeline = new() { Start = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero), StoreId = "s-1" };

    [Fact]
    public void Same_dialogue_gives_the_same_events_every_time()
    {
        var first = DialogueExpander.Expand(Sample, 3, Timeline);
        var second = DialogueExpander.Expand(Sample, 3, Timeline);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Dialogue_becomes_started_assigned_messages_closed_in_time_order()
    {
        var events = DialogueExpander.Expand(Sample, 2, Timeline);

        Assert.Equal(["conversation.started", "agent.assigned", "message", "message", "message", "conversation.closed"], events.Select(e => e.Type));
        Assert.Equal(Timeline.Start.AddSeconds(40), events[0].OccurredAt);
        Assert.True(events.Zip(events.Skip(1)).All(p => p.First.OccurredAt < p.Second.OccurredAt));
        Assert.Equal(events[1].AgentId, events[3].AgentId);
        Assert.Equal(("jd", "s-1"), (events[2].Platform, events[2].StoreId));
        Assert.Equal(events.Count, events.Select(e => e.EventId).Distinct().Count());
    }

    [Fact]
    public void Id_prefix_makes_a_replayed_dialogue_new_traffic()
    {
        var replayed = DialogueExpander.Expand(Sample, 0, Timeline with { IdPrefix = "r2-" });

        Assert.All(replayed, e => Assert.StartsWith("r2-", e.EventId, StringComparison.Ordinal));
        Assert.Equal("r2-d-1", replayed[0].ConversationId);
    }
}
