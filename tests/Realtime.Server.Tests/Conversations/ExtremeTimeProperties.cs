using FsCheck;
using FsCheck.Fluent;
using Realtime.Contracts.Rulesets;
using Realtime.Grains.Conversations;
using Realtime.Scoring.Rulesets;

namespace Realtime.Server.Tests.Conversations;

/// <summary>
/// Issue #27: no stored event may make a later derivation throw, whatever its time — the whole range of
/// <see cref="DateTimeOffset"/>, with and without business hours, against any clock.
/// </summary>
public sealed class ExtremeTimeProperties
{
    private static readonly string[] Types = ["conversation.started", "message", "agent.assigned", "conversation.closed", "csat"];
    private static readonly string[] Sender = ["customer", "agent", "bot", "system"];

    private static readonly Ruleset Shanghai = DefaultRulesets.For("store-x") with
    {
        BusinessHours = new BusinessHours
        {
            TimeZone = "Asia/Shanghai",
            Days = new Dictionary<string, IReadOnlyList<OpeningSpan>> { ["monday"] = [new OpeningSpan("09:00", "21:00")], ["friday"] = [new OpeningSpan("00:00", "24:00")] },
        },
        Sla = new SlaThresholds { ResolutionWarnSeconds = 600, ResolutionBreachSeconds = int.MaxValue },
    };

    [Fact]
    public void Business_calendar_saturates_at_the_ends_of_time()
    {
        var calendar = BusinessCalendar.For(Shanghai.BusinessHours);

        Assert.Equal(DateTimeOffset.MaxValue, BusinessCalendar.AlwaysOpen.AddSeconds(DateTimeOffset.MaxValue.AddSeconds(-1), 60));
        Assert.Equal(DateTimeOffset.MaxValue, calendar.AddSeconds(DateTimeOffset.MaxValue.AddSeconds(-1), 60));
        Assert.True(calendar.Seconds(DateTimeOffset.MinValue, DateTimeOffset.MinValue.AddDays(3)) >= 0);
        Assert.True(calendar.Seconds(DateTimeOffset.MinValue, DateTimeOffset.MaxValue) > 0);
    }

    [Fact]
    public void Derivation_never_throws_for_events_anywhere_in_time()
    {
        var property = Prop.ForAll(Arb.From(Conversation()), Arb.From(Instant()), Arb.From(Gen.Elements(DefaultRulesets.For("store-x"), Shanghai)), (events, now, ruleset) =>
        {
            var facts = ConversationProjector.Project("c-x", events, ruleset, now);
            ConversationViews.Summary(facts);
            ConversationViews.AgentRecord(facts, 1);
            ConversationViews.Create(facts, events, [], 1);
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2_000), property);
    }

    /// <summary>Instants near the ends of the range, near now, and anywhere, with offsets up to ±14 h.</summary>
    private static Gen<DateTimeOffset> Instant() =>
        from kind in Gen.Choose(0, 4)
        from seconds in Gen.Choose(-400_000, 400_000)
        from ticks in Gen.Choose(0, int.MaxValue)
        from offsetMinutes in Gen.Choose(-14 * 60, 14 * 60)
        select Make(kind, seconds, ticks, offsetMinutes);

    private static DateTimeOffset Make(int kind, int seconds, int ticks, int offsetMinutes)
    {
        var offset = TimeSpan.FromMinutes(offsetMinutes);
        var utcTicks = kind switch
        {
            0 => DateTime.MinValue.Ticks + (seconds < 0 ? -seconds : seconds) * TimeSpan.TicksPerSecond,
            1 => DateTime.MaxValue.Ticks - (seconds < 0 ? -seconds : seconds) * TimeSpan.TicksPerSecond,
            2 => new DateTime(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc).Ticks + seconds * TimeSpan.TicksPerSecond,
            _ => (long)(ticks / (double)int.MaxValue * DateTime.MaxValue.Ticks),
        };

        // A DateTimeOffset's local time must be representable too.
        var local = Math.Clamp(utcTicks + offset.Ticks, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks);
        return new DateTimeOffset(new DateTime(local), offset);
    }

    private static Gen<List<StoredEvent>> Conversation() =>
        (from type in Gen.Elements(Types)
         from sender in Gen.Elements(Sender)
         from at in Instant()
         from agent in Gen.Elements("a-1", "a-2", null)
         from rating in Gen.Choose(1, 5)
         select (type, sender, at, agent, rating))
        .ListOf()
        .Select(list => list
            .Select((e, i) => new StoredEvent
            {
                EventId = $"e-{i}",
                Type = e.type,
                OccurredAt = e.at,
                Seq = i,
                Sender = e.type == "message" ? e.sender : null,
                AgentId = e.agent,
                CustomerId = "u-x",
                StoreId = "store-x",
                Text = e.type == "message" ? "你好" : null,
                Rating = e.type == "csat" ? e.rating : null,
            })
            .OrderBy(e => e.OccurredAt).ThenBy(e => e.Seq)
            .ToList());
}
