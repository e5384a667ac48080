using Realtime.Contracts.Rulesets;
using Realtime.Grains.Conversations;

namespace Realtime.Server.Tests.Conversations;

public sealed class SlaCalculatorTests
{
    private static readonly DateTimeOffset T = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero); // Monday 10:00 in Shanghai
    private static readonly SlaThresholds Sla = new();
    private long _seq;

    private StoredEvent Msg(string sender, double seconds, string? agent = null) => new()
    {
        EventId = $"e{_seq}",
        Type = "message",
        OccurredAt = T.AddSeconds(seconds),
        Seq = _seq++,
        Sender = sender,
        AgentId = agent,
    };

    [Fact]
    public void First_wait_uses_first_response_thresholds_and_later_ones_next_response()
    {
        var waits = SlaCalculator.Calculate([Msg("customer", 0), Msg("agent", 45, "a"), Msg("customer", 50), Msg("agent", 100, "a")], Sla, T.AddHours(1));

        Assert.Equal(2, waits.Count);
        Assert.Equal((SlaCalculator.FirstResponse, SlaCalculator.Warning, 45.0), (waits[0].Kind, waits[0].Status, waits[0].Seconds));
        Assert.Equal((SlaCalculator.NextResponse, SlaCalculator.Met, 50.0), (waits[1].Kind, waits[1].Status, waits[1].Seconds));
    }

    [Fact]
    public void Bot_reply_does_not_stop_the_human_clock_unless_the_ruleset_says_so()
    {
        StoredEvent[] events = [Msg("customer", 0), Msg("bot", 2), Msg("agent", 70, "a")];

        var human = SlaCalculator.Calculate(events, Sla, T.AddHours(1));
        var botsCount = SlaCalculator.Calculate(events, Sla with { BotRepliesCount = true }, T.AddHours(1));

        Assert.Equal(SlaCalculator.Breached, Assert.Single(human).Status);
        Assert.Equal(SlaCalculator.Met, botsCount[0].Status);
    }

    [Fact]
    public void Open_wait_is_measured_against_now()
    {
        var wait = Assert.Single(SlaCalculator.Calculate([Msg("customer", 0), Msg("customer", 10)], Sla, T.AddSeconds(35)));

        Assert.Equal(SlaCalculator.Waiting, wait.Status);
        Assert.True(wait.PassedWarn);
        Assert.False(wait.PassedBreach);
        Assert.Equal(T.AddSeconds(60), wait.BreachAt);
    }

    [Fact]
    public void Clock_pauses_outside_business_hours()
    {
        var calendar = BusinessCalendar.For(new BusinessHours
        {
            TimeZone = "Asia/Shanghai",
            Days = new Dictionary<string, IReadOnlyList<OpeningSpan>> { ["monday"] = [new OpeningSpan("09:00", "21:00")] },
        });
        var sundayNight = new DateTimeOffset(2026, 11, 22, 23, 50, 0, TimeSpan.FromHours(8));
        var mondayMorning = new DateTimeOffset(2026, 11, 23, 9, 0, 20, TimeSpan.FromHours(8));

        Assert.Equal(20, calendar.Seconds(sundayNight, mondayMorning));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 9, 1, 0, TimeSpan.FromHours(8)), calendar.AddSeconds(sundayNight, 60));
        Assert.Equal(60, calendar.Seconds(new DateTimeOffset(2026, 11, 23, 20, 59, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.FromHours(8))));
    }

    [Fact]
    public void Invalid_business_hours_name_their_field()
    {
        var errors = BusinessCalendar.Validate(new BusinessHours
        {
            TimeZone = "Mars/Olympus",
            Days = new Dictionary<string, IReadOnlyList<OpeningSpan>> { ["funday"] = [], ["monday"] = [new OpeningSpan("21:00", "09:00")] },
        }).Select(e => e.Field).ToList();

        Assert.Equal(["businessHours.timeZone", "businessHours.days.funday", "businessHours.days.monday[0]"], errors);
    }

    [Fact]
    public void Resolution_clock_runs_from_start_to_close()
    {
        var resolution = SlaCalculator.CalculateResolution(T, T.AddMinutes(30), Sla with { ResolutionWarnSeconds = 600, ResolutionBreachSeconds = 1200 }, BusinessCalendar.AlwaysOpen, T.AddHours(1));

        Assert.Equal((SlaCalculator.Breached, 1800.0), (resolution!.Status, resolution.Seconds));
    }

    [Fact]
    public void Every_wait_explains_itself_in_one_sentence()
    {
        StoredEvent[] events = [Msg("customer", 0), Msg("agent", 45, "a"), Msg("customer", 50), Msg("customer", 55)];
        var closed = events.Append(new StoredEvent { EventId = "close", Type = "conversation.closed", OccurredAt = T.AddSeconds(130), Seq = _seq++ }).ToList();

        var open = SlaCalculator.Calculate(events, Sla, T.AddSeconds(62.4));
        var ended = SlaCalculator.Calculate(closed, Sla, T.AddHours(1));

        Assert.Equal("Answered after 45 s (warn 30 s, breach 60 s).", open[0].Explanation);
        Assert.Equal("Customer has waited 12 s so far (warn 60 s, breach 180 s).", open[1].Explanation);
        Assert.Equal("Closed unanswered after 80 s (warn 60 s, breach 180 s).", ended[1].Explanation);
    }

    [Fact]
    public void Resolution_explains_its_target_or_the_lack_of_one()
    {
        var calendar = BusinessCalendar.For(new BusinessHours
        {
            TimeZone = "Asia/Shanghai",
            Days = new Dictionary<string, IReadOnlyList<OpeningSpan>> { ["monday"] = [new OpeningSpan("09:00", "21:00")] },
        });

        var untargeted = SlaCalculator.CalculateResolution(T, null, Sla, BusinessCalendar.AlwaysOpen, T.AddSeconds(90));
        var targeted = SlaCalculator.CalculateResolution(T, T.AddMinutes(30), Sla with { ResolutionWarnSeconds = 600, ResolutionBreachSeconds = 1200 }, calendar, T.AddHours(1));

        Assert.Equal("Open for 90 s so far (no resolution target set).", untargeted!.Explanation);
        Assert.Equal(
            "Resolved (closed) after 1800 s of business hours; the clock pauses while the store is closed (warn 600 s, breach 1200 s).",
            targeted!.Explanation);
    }
}
