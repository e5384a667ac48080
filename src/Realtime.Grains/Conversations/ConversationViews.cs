using Realtime.Contracts.Alerts;
using Realtime.Contracts.Conversations;
using Realtime.Contracts.Events;
using Realtime.Contracts.Scoring;
using Realtime.Grains.Agents;
using Realtime.Grains.Floor;

namespace Realtime.Grains.Conversations;

/// <summary>Maps a conversation's facts to what the API, the floor and the agent's buckets see.</summary>
public static class ConversationViews
{
    public static ConversationView Create(ConversationFacts facts, IReadOnlyList<StoredEvent> events, IReadOnlyList<Alert> alerts, int rulesetVersion) => new()
    {
        ConversationId = facts.ConversationId,
        StoreId = facts.StoreId,
        TeamId = facts.TeamId,
        Platform = facts.Platform,
        Channel = facts.Channel,
        CustomerId = facts.CustomerId,
        AgentId = facts.AgentId,
        AgentHistory = facts.AgentHistory,
        AgentRole = facts.Role,
        StartedAt = facts.StartedAt,
        ClosedAt = facts.ClosedAt,
        Status = facts.IsClosed ? "closed" : "open",
        Csat = facts.Csat,
        RulesetVersion = rulesetVersion,
        Messages = events.Where(e => e.Type == EventTypes.Message && e.Analysis is not null).Select(e => new MessageView
        {
            EventId = e.EventId,
            OccurredAt = e.OccurredAt,
            Sender = e.Sender ?? Senders.Customer,
            AgentId = e.AgentId,
            Text = e.Analysis!.MaskedText,
            Analysis = e.Analysis,
        }).ToList(),
        SlaTimeline = [.. facts.Waits.Select(w => w.ToView()), .. facts.Resolution is { } r ? [r.ToView()] : Array.Empty<SlaWait>()],
        MoodTrajectory = Mood(events),
        Alerts = alerts,
        Scorecard = facts.Scorecard,
    };

    /// <summary>
    /// The customer's mood, message by message. Made only for a view: the facts are re-derived at every batch, and
    /// nothing else reads the trajectory (it was about 1.4 % of the bytes the server allocated at the e2e top rate).
    /// </summary>
    public static List<MoodPoint> Mood(IReadOnlyList<StoredEvent> events)
    {
        var mood = new List<MoodPoint>();
        foreach (var e in events)
        {
            if (e.Type == EventTypes.Message && e.Sender == Senders.Customer && e.Analysis is { Sentiment: { } s } a)
            {
                mood.Add(new MoodPoint(e.OccurredAt, e.EventId, s, Math.Round(a.SentimentConfidence ?? 0, 3)));
            }
        }

        return mood;
    }

    public static ConversationSummary Summary(ConversationFacts facts)
    {
        var waits = WaitCounts.Of(facts.Waits);
        var risk = facts.Conditions.Where(c => c.RaisesAlert && c.Kind is not AlertKinds.SlaWarning and not AlertKinds.SlaBreach)
            .OrderByDescending(c => Severities.Rank(c.Severity)).FirstOrDefault();
        return new ConversationSummary
        {
            ConversationId = facts.ConversationId,
            StoreId = facts.StoreId,
            TeamId = facts.TeamId,
            AgentId = facts.AgentId,
            CustomerId = facts.CustomerId,
            Open = !facts.IsClosed,
            WaitingSince = facts.IsClosed ? null : facts.OpenWait?.StartedAt,
            LastActivityAt = facts.LastActivityAt ?? DateTimeOffset.MinValue,
            StartedAt = facts.StartedAt ?? DateTimeOffset.MinValue,
            Messages = facts.CustomerMessages + facts.AgentMessages,
            WaitsAnswered = waits.Answered,
            WaitsMet = waits.Met,
            Breaches = waits.Breaches,
            Csat = facts.Csat,
            RiskReason = risk?.Kind,
            RiskSeverity = risk?.Severity,
            Score = facts.Scorecard.Total,
        };
    }

    public static AgentConversationRecord AgentRecord(ConversationFacts facts, int alerts)
    {
        var waits = WaitCounts.Of(facts.Waits);
        var started = facts.StartedAt ?? DateTimeOffset.MinValue;
        return new AgentConversationRecord
        {
            ConversationId = facts.ConversationId,
            Date = AgentFigures.DateOf(started),
            StoreId = facts.StoreId,
            TeamId = facts.TeamId,
            Platform = facts.Platform,
            CustomerId = facts.CustomerId,
            Open = !facts.IsClosed,
            AgentMessages = facts.AgentMessages,
            FirstResponseSeconds = waits.FirstResponse is { } first ? Math.Round(first.Seconds, 1) : null,
            WaitsAnswered = waits.Answered,
            WaitsMet = waits.Met,
            Breaches = waits.Breaches,
            Alerts = alerts,
            Score = facts.IsClosed ? facts.Scorecard.Total : null,
            Csat = facts.Csat,
            HandleSeconds = facts.ClosedAt is { } closed ? Math.Round((closed - started).TotalSeconds, 1) : null,
            Role = facts.Role,
            ComplianceViolations = facts.Scorecard.Deductions.Count(d => d.Dimension == Dimensions.Compliance),
            Dimensions = facts.Scorecard.Dimensions,
            StartedAt = started,
            // A List, not a collection expression: Orleans has no codec for the compiler's read-only list type and
            // resolves one by reflection on every write (measured: a 100-record page took twice as long to serialise).
            Topics = facts.Topics.Order(StringComparer.Ordinal).ToList(),
            ComplaintReason = facts.ComplaintReason,
            ManualDimensions = facts.Scorecard.Manual?.Dimensions,
            ManualScore = facts.Scorecard.Manual?.Total,
            RulesetVersion = facts.Scorecard.RulesetVersion,
            DisputesAccepted = facts.Scorecard.Disputes.Count(d => d.Status == Contracts.Disputes.DisputeStatuses.Accepted),
        };
    }

    /// <summary>
    /// A conversation's waits counted in one pass: the floor's summary and the agent's record are made for every
    /// conversation at every batch, and LINQ over the waits allocated a list, iterators and closures each time.
    /// </summary>
    private readonly record struct WaitCounts(int Answered, int Met, int Breaches, SlaWaitFacts? FirstResponse)
    {
        public static WaitCounts Of(IReadOnlyList<SlaWaitFacts> waits)
        {
            int answered = 0, met = 0, breaches = 0;
            SlaWaitFacts? first = null;
            for (var i = 0; i < waits.Count; i++)
            {
                var w = waits[i];
                answered += w.Status != SlaCalculator.Waiting ? 1 : 0;
                met += w.Status == SlaCalculator.Met ? 1 : 0;
                breaches += w.PassedBreach ? 1 : 0;
                if (first is null && w.Kind == SlaCalculator.FirstResponse && w.AnsweredAt is not null)
                {
                    first = w;
                }
            }

            return new WaitCounts(answered, met, breaches, first);
        }
    }
}
