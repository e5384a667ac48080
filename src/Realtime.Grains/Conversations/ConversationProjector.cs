using Realtime.Contracts.Conversations;
using Realtime.Contracts.Events;
using Realtime.Contracts.Rulesets;
using Realtime.Grains.Disputes;

namespace Realtime.Grains.Conversations;

/// <summary>Derives a conversation's facts from its events in event-time order. Pure: same events, same facts.</summary>
public static class ConversationProjector
{
    public const string ComplaintModelReason = "model";
    private const double TopicConfidence = 0.5;

    public static ConversationFacts Project(
        string conversationId, IReadOnlyList<StoredEvent> events, Ruleset ruleset, DateTimeOffset now, ConversationReview? review = null)
    {
        string? storeId = null, teamId = null, platform = null, channel = null, customerId = null, agentId = null;
        string role = AgentRoles.AfterSales;
        DateTimeOffset? startedAt = null, closedAt = null;
        int? csat = null;
        int customerMessages = 0, agentMessages = 0;
        var agents = new List<string>();
        var topics = new HashSet<string>(StringComparer.Ordinal);

        // Indexed loops here and in the calculators: a foreach over a read-only list allocates its enumerator, and
        // every conversation is re-derived at every batch.
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            storeId ??= e.StoreId;
            teamId = e.TeamId ?? teamId;
            platform ??= e.Platform;
            channel ??= e.Channel;
            customerId ??= e.CustomerId;
            startedAt ??= e.OccurredAt;
            switch (e.Type)
            {
                case EventTypes.AgentAssigned when e.AgentId is not null:
                    agentId = e.AgentId;
                    role = e.Role ?? role;
                    if (!agents.Contains(e.AgentId))
                    {
                        agents.Add(e.AgentId);
                    }

                    break;
                case EventTypes.ConversationClosed:
                    closedAt = e.OccurredAt;
                    break;
                case EventTypes.Csat:
                    csat = e.Rating;
                    break;
                case EventTypes.Message when e.Sender == Senders.Customer:
                    customerMessages++;
                    if (e.Analysis is { Topic: { } t, TopicConfidence: >= TopicConfidence } && t != "other")
                    {
                        topics.Add(t);
                    }

                    break;
                case EventTypes.Message when e.Sender == Senders.Agent:
                    agentMessages++;
                    if (e.AgentId is not null && agentId is null)
                    {
                        agentId = e.AgentId;
                        agents.Add(e.AgentId);
                    }

                    break;
            }
        }

        var closed = closedAt is not null;
        var calendar = BusinessCalendar.For(ruleset.BusinessHours);
        var waits = SlaCalculator.Calculate(events, ruleset.Sla, calendar, now);
        var resolution = SlaCalculator.CalculateResolution(startedAt, closedAt, ruleset.Sla, calendar, now);
        var missing = MissingDisclosures(events, topics, ruleset);
        var scorecard = Reviewed(
            ScorecardCalculator.Calculate(events, waits, closed ? missing : [], role, csat, closed, ruleset, review?.Waived()), review);
        var conditions = events.Count == 0
            ? []
            : ConditionDetector.Detect(events, waits, missing, topics, scorecard, agentId, closed, ruleset);

        return new ConversationFacts
        {
            ConversationId = conversationId,
            StoreId = storeId ?? Vocabulary.DefaultStoreId,
            TeamId = teamId,
            Platform = platform,
            Channel = channel,
            CustomerId = customerId,
            AgentId = agentId,
            AgentHistory = agents,
            Role = role,
            StartedAt = startedAt,
            ClosedAt = closedAt,
            LastActivityAt = events.Count > 0 ? events[^1].OccurredAt : null,
            Csat = csat,
            CustomerMessages = customerMessages,
            AgentMessages = agentMessages,
            Waits = waits,
            Resolution = resolution,
            Topics = topics,
            Scorecard = scorecard,
            Conditions = conditions,
            ComplaintReason = ComplaintReason(events, ruleset),
        };
    }

    private static Scorecard Reviewed(Scorecard scorecard, ConversationReview? review) => review is null
        ? scorecard
        : scorecard with { Disputes = [.. review.Disputes], Manual = review.Manual, Audit = [.. review.Audit] };

    /// <summary>The first complaint threat or abuse phrase a customer used, else <c>model</c> when the model rates the conversation risky.</summary>
    private static string? ComplaintReason(IReadOnlyList<StoredEvent> events, Ruleset ruleset) =>
        ComplaintRiskDetector.Find(events, ruleset) is { } risk ? risk.Phrase ?? ComplaintModelReason : null;

    private static List<MissingDisclosureFact> MissingDisclosures(IReadOnlyList<StoredEvent> events, IReadOnlySet<string> topics, Ruleset ruleset)
    {
        var missing = new List<MissingDisclosureFact>();
        foreach (var rule in ruleset.Disclosures)
        {
            if (!topics.Contains(rule.Topic) || !DisclosureScope.Applies(events, rule))
            {
                continue;
            }

            foreach (var required in rule.Required)
            {
                var tag = $"disclosure.{rule.Topic}.{required.Name}";
                var told = events.Any(e => e.Sender is Senders.Agent or Senders.Bot && e.Analysis is { } a && a.Tags.Contains(tag));
                if (!told)
                {
                    missing.Add(new MissingDisclosureFact(rule.Topic, required.Name));
                }
            }
        }

        return missing;
    }
}
