using System.Collections.Concurrent;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Realtime.Grains.Conversations;

namespace Realtime.Server.Tests.Conversations;

/// <summary>The silo's one timer for every conversation's next SLA threshold.</summary>
public sealed class SlaAlarmsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 11, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_conversation_is_woken_once_when_its_threshold_passes_and_not_before()
    {
        var (time, alarms, woken) = Start();
        alarms.Set("c-1", T0.AddSeconds(90));

        time.Advance(TimeSpan.FromSeconds(89));
        Assert.Empty(woken);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(["c-1"], woken);
        time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(["c-1"], woken);
        Assert.Equal(0, alarms.Count);
    }

    [Fact]
    public void A_threshold_moved_later_wakes_at_the_new_time_only()
    {
        var (time, alarms, woken) = Start();
        alarms.Set("c-1", T0.AddSeconds(30));
        alarms.Set("c-1", T0.AddSeconds(60));

        time.Advance(TimeSpan.FromSeconds(45));
        Assert.Empty(woken);
        time.Advance(TimeSpan.FromSeconds(15));
        Assert.Equal(["c-1"], woken);
    }

    [Fact]
    public void A_threshold_moved_earlier_wakes_at_the_earlier_time_and_not_again_at_the_old_one()
    {
        var (time, alarms, woken) = Start();
        alarms.Set("c-1", T0.AddSeconds(60));
        alarms.Set("c-1", T0.AddSeconds(10));

        time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(["c-1"], woken);
        time.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(["c-1"], woken);
    }

    [Fact]
    public void A_cleared_threshold_wakes_nobody_and_a_later_set_counts_again()
    {
        var (time, alarms, woken) = Start();
        alarms.Set("c-1", T0.AddSeconds(10));
        alarms.Clear("c-1");
        time.Advance(TimeSpan.FromSeconds(20));
        Assert.Empty(woken);

        alarms.Set("c-1", T0.AddSeconds(30));
        time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(["c-1"], woken);
    }

    [Fact]
    public void Answered_waits_do_not_pile_up_in_the_queue()
    {
        var (time, alarms, woken) = Start();

        // 100,000 waits opened and answered within their thresholds, 10 conversations still waiting.
        for (var i = 0; i < 100_000; i++)
        {
            alarms.Set($"c-{i}", T0.AddSeconds(90));
            alarms.Clear($"c-{i}");
        }

        for (var i = 0; i < 10; i++)
        {
            alarms.Set($"w-{i}", T0.AddSeconds(60 + i));
        }

        Assert.InRange(alarms.Queued, 10, 1024 + 20 + 1);
        time.Advance(TimeSpan.FromSeconds(120));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"w-{i}"), woken);
    }

    [Fact]
    public void A_threshold_already_passed_wakes_at_once()
    {
        var (time, alarms, woken) = Start();
        time.Advance(TimeSpan.FromSeconds(5));

        alarms.Set("c-late", T0);
        time.Advance(TimeSpan.Zero);

        Assert.Equal(["c-late"], woken);
    }

    [Fact]
    public void A_threshold_days_ahead_still_wakes_on_time()
    {
        var (time, alarms, woken) = Start();
        alarms.Set("c-weekend", T0.AddDays(3).AddSeconds(1));

        for (var day = 0; day < 3; day++)
        {
            time.Advance(TimeSpan.FromDays(1));
        }

        Assert.Empty(woken);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(["c-weekend"], woken);
    }

    [Fact]
    public async Task A_failed_wake_is_logged_and_the_others_are_still_woken()
    {
        var time = new FakeTimeProvider(T0);
        var woken = new ConcurrentQueue<string>();
        using var alarms = new SlaAlarms(
            id => id == "c-bad" ? Task.FromException(new InvalidOperationException("silo stopping")) : Record(woken, id),
            time, NullLogger<SlaAlarms>.Instance);
        alarms.Set("c-bad", T0.AddSeconds(1));
        alarms.Set("c-good", T0.AddSeconds(1));

        time.Advance(TimeSpan.FromSeconds(1));
        await Task.Yield();

        Assert.Equal(["c-good"], woken);
    }

    [Fact]
    public void Any_sequence_of_sets_and_clears_wakes_each_conversation_exactly_when_its_last_threshold_passes()
    {
        // A step: conversation 0..4 gets a threshold 1..120 s ahead (or, for 0, is cleared), then the clock runs 0..30 s.
        var step = from c in Gen.Choose(0, 4)
                   from offset in Gen.Choose(0, 120)
                   from advance in Gen.Choose(0, 30)
                   select (Conversation: c, Offset: offset, Advance: advance);
        Prop.ForAll(step.ListOf().ToArbitrary(), steps =>
        {
            var (time, alarms, woken) = Start();
            var model = new Dictionary<string, DateTimeOffset>();
            var seen = 0;
            foreach (var (c, offset, advance) in steps)
            {
                var id = $"c-{c}";
                if (offset == 0)
                {
                    alarms.Clear(id);
                    model.Remove(id);
                }
                else
                {
                    alarms.Set(id, time.GetUtcNow().AddSeconds(offset));
                    model[id] = time.GetUtcNow().AddSeconds(offset);
                }

                for (var second = 0; second < advance; second++)
                {
                    time.Advance(TimeSpan.FromSeconds(1));
                    var due = model.Where(m => m.Value <= time.GetUtcNow()).Select(m => m.Key).Order(StringComparer.Ordinal).ToList();
                    due.ForEach(id => model.Remove(id));
                    var got = woken.Skip(seen).Order(StringComparer.Ordinal).ToList();
                    seen = woken.Count;
                    if (!due.SequenceEqual(got))
                    {
                        return false;
                    }
                }
            }

            return alarms.Count == model.Count;
        }).QuickCheckThrowOnFailure();
    }

    private static (FakeTimeProvider Time, SlaAlarms Alarms, List<string> Woken) Start()
    {
        var time = new FakeTimeProvider(T0);
        var woken = new List<string>();
        var alarms = new SlaAlarms(id =>
        {
            lock (woken)
            {
                woken.Add(id);
            }

            return Task.CompletedTask;
        }, time, NullLogger<SlaAlarms>.Instance);
        return (time, alarms, woken);
    }

    private static Task Record(ConcurrentQueue<string> woken, string id)
    {
        woken.Enqueue(id);
        return Task.CompletedTask;
    }
}
