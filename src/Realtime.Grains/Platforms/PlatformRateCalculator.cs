using Realtime.Contracts.Platforms;
using Realtime.Contracts.Rulesets;

namespace Realtime.Grains.Platforms;

/// <summary>
/// A platform rule's rate over a store's rounds: rounds of the rule's platform starting inside its window (store local
/// time) count, on the local day they started; one is met when answered within the limit, missed when answered later,
/// closed unanswered or still unanswered past the limit, else pending.
/// </summary>
public static class PlatformRateCalculator
{
    public const int RollingDays = 30;
    private const int MissedShown = 20;

    private enum Outcome
    {
        Met,
        Missed,
        Pending,
    }

    public static PlatformRate Calculate(PlatformMetricRule rule, TimeZoneInfo zone, IEnumerable<ConversationRounds> conversations, DateTimeOffset now)
    {
        var today = LocalDay(now, zone);
        var first = today.AddDays(-(RollingDays - 1));
        var from = ParseTime(rule.Window.From);
        var to = ParseTime(rule.Window.To);
        var limit = TimeSpan.FromSeconds(rule.ReplyWithinSeconds);

        var counted = new List<(DateOnly Day, string Subject, ConversationRounds Conversation, ResponseRound Round)>();
        foreach (var c in conversations.Where(c => c.Platform == rule.Platform))
        {
            foreach (var round in c.Rounds)
            {
                var local = TimeZoneInfo.ConvertTime(round.StartedAt, zone);
                var day = DateOnly.FromDateTime(local.DateTime);
                if (day >= first && day <= today && InWindow(local.TimeOfDay, from, to))
                {
                    counted.Add((day, c.CustomerId ?? c.ConversationId, c, round));
                }
            }
        }

        if (rule.Unit == PlatformMetricRule.UnitCustomerDay)
        {
            // The customer's first round of the day decides that customer-day.
            counted = [.. counted.GroupBy(r => (r.Day, r.Subject)).Select(g => g.MinBy(r => r.Round.StartedAt))];
        }

        var judged = counted.Select(r => (r.Day, r.Conversation, r.Round, Outcome: Judge(r.Round, limit, now))).ToList();
        var warnBelow = Math.Min(100, rule.Target + rule.WarnMarginPct);
        return new PlatformRate
        {
            Platform = rule.Platform,
            Name = rule.Name,
            NameKey = PlatformMetricPresets.NameKeyOf(rule),
            ReplyWithinSeconds = rule.ReplyWithinSeconds,
            Unit = rule.Unit,
            Target = rule.Target,
            WarnBelowPct = warnBelow,
            Today = Figures(judged.Where(r => r.Day == today).Select(r => r.Outcome)),
            Last30Days = Figures(judged.Select(r => r.Outcome)),
            MissedRounds = [.. judged
                .Where(r => r.Day == today && r.Outcome == Outcome.Missed)
                .OrderByDescending(r => r.Round.StartedAt)
                .Take(MissedShown)
                .Select(r => new MissedRound(r.Conversation.ConversationId, r.Conversation.CustomerId, r.Round.StartedAt, r.Round.AnsweredAt))],
        };
    }

    /// <summary>The earliest time a pending round of these is decided by the clock alone; null when none is pending.</summary>
    public static DateTimeOffset? NextDeadline(IEnumerable<PlatformMetricRule> rules, IEnumerable<ConversationRounds> conversations, DateTimeOffset now)
    {
        DateTimeOffset? next = null;
        foreach (var rule in rules)
        {
            var limit = TimeSpan.FromSeconds(rule.ReplyWithinSeconds);
            foreach (var round in conversations.Where(c => c.Platform == rule.Platform).SelectMany(c => c.Rounds))
            {
                if (Judge(round, limit, now) == Outcome.Pending && (next is null || round.StartedAt + limit < next))
                {
                    next = round.StartedAt + limit;
                }
            }
        }

        return next;
    }

    public static DateOnly LocalDay(DateTimeOffset at, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    private static TimeSpan ParseTime(string text) => LocalTimeWindow.TryParseTime(text, out var time) ? time : throw new FormatException($"'{text}' is not HH:mm.");

    private static bool InWindow(TimeSpan timeOfDay, TimeSpan from, TimeSpan to) =>
        from < to ? timeOfDay >= from && timeOfDay < to : timeOfDay >= from || timeOfDay < to;

    private static Outcome Judge(ResponseRound round, TimeSpan limit, DateTimeOffset now) => round.AnsweredAt switch
    {
        { } answered => answered - round.StartedAt <= limit ? Outcome.Met : Outcome.Missed,
        null when round.Ended || now - round.StartedAt >= limit => Outcome.Missed,
        _ => Outcome.Pending,
    };

    private static RateFigures Figures(IEnumerable<Outcome> outcomes)
    {
        int met = 0, missed = 0, pending = 0;
        foreach (var o in outcomes)
        {
            _ = o switch
            {
                Outcome.Met => met++,
                Outcome.Missed => missed++,
                _ => pending++,
            };
        }

        double? rate = met + missed == 0 ? null : Math.Round(100.0 * met / (met + missed), 1, MidpointRounding.AwayFromZero);
        return new RateFigures(rate, met, missed, pending);
    }
}
