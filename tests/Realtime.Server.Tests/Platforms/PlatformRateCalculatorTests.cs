using Realtime.Contracts.Rulesets;
using Realtime.Grains.Platforms;

namespace Realtime.Server.Tests.Platforms;

/// <summary>The rate maths in a real store zone (Asia/Shanghai, UTC+8), across its local midnight.</summary>
public sealed class PlatformRateCalculatorTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    // 2026-11-11 00:40 in Shanghai is 2026-11-10 16:40 UTC: the UTC day is still the 10th.
    private static readonly DateTimeOffset Now = new(2026, 11, 10, 16, 40, 0, TimeSpan.Zero);

    [Fact]
    public void A_round_falls_on_the_store_local_day_it_started_and_counts_only_inside_the_window()
    {
        var rule = Rule(PlatformMetricRule.UnitRound, "22:00", "02:00");
        var rounds = new[]
        {
            Conversation("c-1", "k-1", Local(10, 23, 59), answeredAfter: 30),   // yesterday local, in the window
            Conversation("c-2", "k-2", Local(11, 0, 1), answeredAfter: 200),    // today local (UTC day before): missed
            Conversation("c-3", "k-3", Local(11, 0, 10), answeredAfter: 180),   // exactly at the limit: met
            Conversation("c-4", "k-4", Local(10, 21, 59), answeredAfter: 999),  // before the window: not counted
            Conversation("c-5", "k-5", Local(11, 0, 39), answeredAfter: null),  // 60 s unanswered: pending
        };

        var rate = PlatformRateCalculator.Calculate(rule, Shanghai, rounds, Now);

        Assert.Equal(new Contracts.Platforms.RateFigures(50, 1, 1, 1), rate.Today);
        Assert.Equal(new Contracts.Platforms.RateFigures(66.7, 2, 1, 1), rate.Last30Days);
        Assert.Equal("c-2", Assert.Single(rate.MissedRounds).ConversationId);
        Assert.Equal(Local(11, 0, 39).AddSeconds(180), PlatformRateCalculator.NextDeadline([rule], rounds, Now));
    }

    [Fact]
    public void Per_customer_day_the_first_round_of_the_local_day_decides()
    {
        var rule = Rule(PlatformMetricRule.UnitCustomerDay, "00:00", "24:00");
        var rounds = new[]
        {
            Conversation("c-1", "k-1", Local(11, 0, 5), answeredAfter: 400),  // k-1's first round today: missed
            Conversation("c-2", "k-1", Local(11, 0, 20), answeredAfter: 5),   // k-1 again: does not count
            Conversation("c-3", "k-2", Local(10, 23, 50), answeredAfter: 5),  // k-2 yesterday: met
            Conversation("c-4", "k-2", Local(11, 0, 2), answeredAfter: 10),   // k-2 today: met
        };

        var rate = PlatformRateCalculator.Calculate(rule, Shanghai, rounds, Now);

        Assert.Equal(new Contracts.Platforms.RateFigures(50, 1, 1, 0), rate.Today);
        Assert.Equal(new Contracts.Platforms.RateFigures(66.7, 2, 1, 0), rate.Last30Days);
    }

    [Fact]
    public void A_round_closed_unanswered_is_missed_at_once_and_rounds_over_30_local_days_old_are_not_counted()
    {
        var rule = Rule(PlatformMetricRule.UnitRound, "00:00", "24:00");
        var closed = new ConversationRounds { ConversationId = "c-1", CustomerId = "k-1", Platform = "tmall", Rounds = [new ResponseRound(Local(11, 0, 39), null, Ended: true)] };
        var old = Conversation("c-2", "k-2", Local(11, 0, 1).AddDays(-30), answeredAfter: 5);

        var rate = PlatformRateCalculator.Calculate(rule, Shanghai, [closed, old], Now);

        Assert.Equal(new Contracts.Platforms.RateFigures(0, 0, 1, 0), rate.Today);
        Assert.Equal(new Contracts.Platforms.RateFigures(0, 0, 1, 0), rate.Last30Days);
    }

    private static PlatformMetricRule Rule(string unit, string from, string to) => new()
    {
        Platform = "tmall",
        Name = "3分钟人工响应率",
        ReplyWithinSeconds = 180,
        Window = new LocalTimeWindow { From = from, To = to },
        Unit = unit,
        Target = 80,
    };

    private static DateTimeOffset Local(int day, int hour, int minute) => new(2026, 11, day, hour, minute, 0, TimeSpan.FromHours(8));

    private static ConversationRounds Conversation(string id, string customerId, DateTimeOffset startedAt, int? answeredAfter) => new()
    {
        ConversationId = id,
        CustomerId = customerId,
        Platform = "tmall",
        Rounds = [new ResponseRound(startedAt, answeredAfter is { } s ? startedAt.AddSeconds(s) : null, Ended: false)],
    };
}
