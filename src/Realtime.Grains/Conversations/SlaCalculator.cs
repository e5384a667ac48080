using Realtime.Contracts.Conversations;
using Realtime.Contracts.Events;
using Realtime.Contracts.Rulesets;
using Realtime.Contracts.Texts;

namespace Realtime.Grains.Conversations;

/// <summary>
/// Turns a conversation's events (event-time order) into customer waits. A wait starts at a customer message when no
/// wait is open and ends at the next agent reply (a bot reply too when the ruleset says bots count). The first wait of
/// a conversation is measured against the first-response thresholds, the others against next-response ones.
/// An open wait is measured against <c>now</c>; closing the conversation ends it unanswered.
/// </summary>
public static class SlaCalculator
{
    public const string FirstResponse = "firstResponse";
    public const string NextResponse = "nextResponse";
    public const string Waiting = "waiting";
    public const string Met = "met";
    public const string Warning = "warning";
    public const string Breached = "breached";

    public const string Resolution = "resolution";

    public static IReadOnlyList<SlaWaitFacts> Calculate(IReadOnlyList<StoredEvent> events, SlaThresholds sla, DateTimeOffset now) =>
        Calculate(events, sla, BusinessCalendar.AlwaysOpen, now);

    public static IReadOnlyList<SlaWaitFacts> Calculate(IReadOnlyList<StoredEvent> events, SlaThresholds sla, BusinessCalendar calendar, DateTimeOffset now)
    {
        var waits = new List<SlaWaitFacts>();
        StoredEvent? openSince = null;
        string? responsibleAgent = null;
        var agentHasReplied = false;

        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            switch (e.Type)
            {
                case EventTypes.AgentAssigned:
                    responsibleAgent = e.AgentId ?? responsibleAgent;
                    break;
                case EventTypes.Message when e.Sender == Senders.Customer:
                    openSince ??= e;
                    break;
                case EventTypes.Message when e.Sender == Senders.Agent || (e.Sender == Senders.Bot && sla.BotRepliesCount):
                    responsibleAgent = e.AgentId ?? responsibleAgent;
                    if (openSince is not null)
                    {
                        waits.Add(Finish(openSince, e.OccurredAt, e.AgentId ?? responsibleAgent, agentHasReplied, sla, calendar, answered: true));
                        openSince = null;
                    }

                    agentHasReplied |= e.Sender == Senders.Agent;
                    break;
                case EventTypes.ConversationClosed:
                    if (openSince is not null)
                    {
                        waits.Add(Finish(openSince, e.OccurredAt, responsibleAgent, agentHasReplied, sla, calendar, answered: false));
                        openSince = null;
                    }

                    break;
            }
        }

        if (openSince is not null)
        {
            var (warn, breach) = Thresholds(agentHasReplied, sla);
            var seconds = calendar.Seconds(openSince.OccurredAt, now);
            waits.Add(new SlaWaitFacts(
                Kind(agentHasReplied), openSince.EventId, openSince.OccurredAt, null, seconds,
                Waiting, responsibleAgent, warn, breach, SlaWaitEnd.Open, !calendar.IsAlwaysOpen)
            {
                WarnAt = calendar.AddSeconds(openSince.OccurredAt, warn),
                BreachAt = calendar.AddSeconds(openSince.OccurredAt, breach),
            });
        }

        return waits;
    }

    /// <summary>Start → close of the whole conversation, judged only when the ruleset sets resolution thresholds.</summary>
    public static SlaWaitFacts? CalculateResolution(DateTimeOffset? startedAt, DateTimeOffset? closedAt, SlaThresholds sla, BusinessCalendar calendar, DateTimeOffset now)
    {
        if (startedAt is not { } start)
        {
            return null;
        }

        var seconds = calendar.Seconds(start, closedAt ?? now);
        int warn = sla.ResolutionWarnSeconds ?? int.MaxValue, breach = sla.ResolutionBreachSeconds ?? int.MaxValue;
        var status = closedAt is null ? Waiting : seconds >= breach ? Breached : seconds >= warn ? Warning : Met;
        return new SlaWaitFacts(
            Resolution, "", start, closedAt, seconds, status, null, warn, breach, closedAt is null ? SlaWaitEnd.Open : SlaWaitEnd.Closed, !calendar.IsAlwaysOpen);
    }

    private static SlaWaitFacts Finish(
        StoredEvent start, DateTimeOffset end, string? agentId, bool agentHasReplied, SlaThresholds sla, BusinessCalendar calendar, bool answered)
    {
        var (warn, breach) = Thresholds(agentHasReplied, sla);
        var seconds = calendar.Seconds(start.OccurredAt, end);
        var status = seconds >= breach ? Breached : seconds >= warn ? Warning : Met;
        return new SlaWaitFacts(
            Kind(agentHasReplied), start.EventId, start.OccurredAt, end, seconds, status, agentId, warn, breach,
            answered ? SlaWaitEnd.Answered : SlaWaitEnd.Closed, !calendar.IsAlwaysOpen)
        {
            WarnAt = calendar.AddSeconds(start.OccurredAt, warn),
            BreachAt = calendar.AddSeconds(start.OccurredAt, breach),
        };
    }

    /// <summary>The sentence shown with a wait (views, alerts, deductions).</summary>
    public static string Explain(SlaWaitFacts wait) => ExplainText(wait).Render(TextCatalog.English);

    /// <summary>The wait's explanation as a catalogue text (docs/i18n.md).</summary>
    public static Text ExplainText(SlaWaitFacts wait)
    {
        var seconds = Math.Round(wait.Seconds);
        var hours = wait.BusinessHours;
        if (wait.Kind == Resolution)
        {
            var limits = Text.Label(wait.BreachSeconds == int.MaxValue ? "sla.limits.none" : "sla.limits");
            var key = (wait.End == SlaWaitEnd.Open, hours) switch
            {
                (true, false) => "sla.explain.resolution.open",
                (true, true) => "sla.explain.resolution.open.businessHours",
                (false, false) => "sla.explain.resolution.closed",
                (false, true) => "sla.explain.resolution.closed.businessHours",
            };
            return Text.Of(key, ("seconds", seconds), ("limits", limits), ("warn", wait.WarnSeconds), ("breach", wait.BreachSeconds));
        }

        var end = (wait.End, hours) switch
        {
            (SlaWaitEnd.Open, false) => "sla.explain.open",
            (SlaWaitEnd.Open, true) => "sla.explain.open.businessHours",
            (SlaWaitEnd.Answered, false) => "sla.explain.answered",
            (SlaWaitEnd.Answered, true) => "sla.explain.answered.businessHours",
            (_, false) => "sla.explain.closed",
            (_, true) => "sla.explain.closed.businessHours",
        };
        return Text.Of(end, ("seconds", seconds), ("warn", wait.WarnSeconds), ("breach", wait.BreachSeconds));
    }

    private static string Kind(bool agentHasReplied) => agentHasReplied ? NextResponse : FirstResponse;

    private static (int Warn, int Breach) Thresholds(bool agentHasReplied, SlaThresholds sla) => agentHasReplied
        ? (sla.NextResponseWarnSeconds, sla.NextResponseBreachSeconds)
        : (sla.FirstResponseWarnSeconds, sla.FirstResponseBreachSeconds);
}

/// <summary>How a wait ended: not yet, by a reply, or by the conversation's close (for resolution: by its close).</summary>
public enum SlaWaitEnd
{
    Open,
    Answered,
    Closed,
}

/// <summary>One wait with the thresholds it was measured against (<paramref name="BusinessHours"/>: counted in business hours only).</summary>
public sealed record SlaWaitFacts(
    string Kind, string StartEventId, DateTimeOffset StartedAt, DateTimeOffset? AnsweredAt, double Seconds,
    string Status, string? AgentId, int WarnSeconds, int BreachSeconds, SlaWaitEnd End, bool BusinessHours)
{
    /// <summary>
    /// Written when asked for: a conversation's waits are re-derived at every batch, and only a view, an alert or a
    /// deduction shows the sentence (formatting it for every wait was most of the calculator's allocations).
    /// </summary>
    public string Explanation => SlaCalculator.Explain(this);

    public Text ExplanationText => SlaCalculator.ExplainText(this);

    /// <summary>When the warn / breach threshold is (or was) crossed, business hours counted.</summary>
    public DateTimeOffset WarnAt { get; init; }
    public DateTimeOffset BreachAt { get; init; }

    public bool PassedWarn => Seconds >= WarnSeconds;

    public bool PassedBreach => Seconds >= BreachSeconds;

    public SlaWait ToView() => new()
    {
        Kind = Kind,
        StartedAt = StartedAt,
        AnsweredAt = AnsweredAt,
        Seconds = Math.Round(Seconds, 1),
        Status = Status,
        AgentId = AgentId,
        Explanation = Explanation,
        MessageKey = ExplanationText.Key,
        Args = ExplanationText.Args,
    };
}
