using Realtime.Contracts.Conversations;
using Realtime.Grains.Conversations;

namespace Realtime.Grains.Tests.Conversations;

public sealed class ConversationTimersTests
{
    private static readonly DateTimeOffset T0 = Events.T0;

    /// <summary>Closed conversations' deactivation timers end together on shared ticks, at least the linger time after the close.</summary>
    [Fact]
    public void Every_close_within_a_tick_ends_at_the_same_instant_after_the_linger_time()
    {
        var start = Random.Shared.NextInt64(0, 1L << 40);

        var ends = Enumerable.Range(0, 500).Select(ms => start + ms + ConversationTimers.LingerDue(start + ms).Ticks / TimeSpan.TicksPerMillisecond).ToList();
        var dues = Enumerable.Range(0, 500).Select(ms => ConversationTimers.LingerDue(start + ms)).ToList();

        Assert.All(dues, due => Assert.InRange(due, ConversationTimers.ClosedLinger + TimeSpan.FromMilliseconds(1), ConversationTimers.ClosedLinger + TimeSpan.FromMilliseconds(50)));
        Assert.InRange(ends.Distinct().Count(), 10, 11);
        Assert.All(ends, end => Assert.Equal(0, end % 50));
    }

    private static ConversationFacts WithOpenWait(string status, bool closed = false, DateTimeOffset? breachAt = null) => new()
    {
        ConversationId = "c",
        Scorecard = new Scorecard(),
        ClosedAt = closed ? T0.AddHours(1) : null,
        Waits = [new SlaWaitFacts(SlaCalculator.FirstResponse, "e0", T0, null, 0, status, null, 60, 120, SlaWaitEnd.Open, false)
        {
            WarnAt = T0.AddSeconds(60),
            BreachAt = breachAt ?? T0.AddSeconds(120),
        }],
    };

    [Fact]
    public void The_next_alarm_is_the_open_waits_warning_then_its_breach_then_none()
    {
        var waiting = WithOpenWait(SlaCalculator.Waiting);
        var warned = waiting with { Waits = [waiting.Waits[0] with { Seconds = 61 }] };
        var breached = waiting with { Waits = [waiting.Waits[0] with { Seconds = 121 }] };

        Assert.Equal(T0.AddSeconds(60), ConversationTimers.NextAlarm(waiting));
        Assert.Equal(T0.AddSeconds(120), ConversationTimers.NextAlarm(warned));
        Assert.Null(ConversationTimers.NextAlarm(breached));
    }

    [Fact]
    public void No_alarm_for_a_closed_conversation_an_answered_wait_or_a_threshold_that_never_comes()
    {
        Assert.Null(ConversationTimers.NextAlarm(WithOpenWait(SlaCalculator.Waiting, closed: true)));
        Assert.Null(ConversationTimers.NextAlarm(WithOpenWait(SlaCalculator.Met)));
        var never = WithOpenWait(SlaCalculator.Waiting, breachAt: DateTimeOffset.MaxValue);
        Assert.Null(ConversationTimers.NextAlarm(never with { Waits = [never.Waits[0] with { Seconds = 61 }] }));
    }
}
