using Realtime.Grains.Conversations;

namespace Realtime.Server.Tests.Conversations;

/// <summary>Closed conversations' deactivation timers end together on shared ticks, at least the linger time after the close.</summary>
public sealed class ClosedLingerTests
{
    [Fact]
    public void Every_close_within_a_tick_ends_at_the_same_instant_after_the_linger_time()
    {
        var start = Random.Shared.NextInt64(0, 1L << 40);

        var ends = Enumerable.Range(0, 500).Select(ms => start + ms + ConversationGrain.LingerDue(start + ms).Ticks / TimeSpan.TicksPerMillisecond).ToList();
        var dues = Enumerable.Range(0, 500).Select(ms => ConversationGrain.LingerDue(start + ms)).ToList();

        Assert.All(dues, due => Assert.InRange(due, ConversationGrain.ClosedLinger + TimeSpan.FromMilliseconds(1), ConversationGrain.ClosedLinger + TimeSpan.FromMilliseconds(50)));
        Assert.InRange(ends.Distinct().Count(), 10, 11);
        Assert.All(ends, end => Assert.Equal(0, end % 50));
    }
}
