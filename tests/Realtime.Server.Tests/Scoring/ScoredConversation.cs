using Realtime.Contracts.Conversations;
using Realtime.Contracts.Events;
using Realtime.Contracts.Rulesets;
using Realtime.Grains.Conversations;
using Realtime.Scoring;
using Realtime.Scoring.Models;
using Realtime.Scoring.Rulesets;

namespace Realtime.Server.Tests.Scoring;

/// <summary>Scores a conversation through the projector (SLA, disclosures, courtesy, CSAT, auto-fail) with the default rules.</summary>
internal static class ScoredConversation
{
    internal static readonly DateTimeOffset T0 = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);
    private static readonly CompiledRuleset Rules = CompiledRuleset.Compile(DefaultRulesets.For("s"));

    /// <summary>Messages as (sender, seconds after start, text); <paramref name="topic"/> is what the stand-in model says of every customer message.</summary>
    internal static Scorecard Score(int? csat, string topic, params (string Sender, int At, string Text)[] messages) =>
        Score(Rules, csat, topic, messages);

    internal static Scorecard Score(CompiledRuleset rules, int? csat, string topic, params (string Sender, int At, string Text)[] messages) =>
        Project(rules, csat, topic, messages).Scorecard;

    internal static ConversationFacts Project(CompiledRuleset rules, int? csat, string topic, params (string Sender, int At, string Text)[] messages) =>
        Project(new FixedTopic(topic), rules, csat, messages);

    /// <summary>Scores with the models the server ships (mood, topic and complaint risk as in production).</summary>
    internal static Scorecard ScoreWithShippedModels(int? csat, params (string Sender, int At, string Text)[] messages) =>
        Project(Shipped.Value, Rules, csat, messages).Scorecard;

    private static readonly Lazy<ITextModels> Shipped = new(() => ShippedTextModels.Load(Path.Combine(AppContext.BaseDirectory, "Models")));

    private static ConversationFacts Project(ITextModels models, CompiledRuleset rules, int? csat, (string Sender, int At, string Text)[] messages)
    {
        var scorer = new MessageScorer(models);
        var events = new List<StoredEvent>
        {
            new() { EventId = "start", Type = EventTypes.ConversationStarted, OccurredAt = T0, CustomerId = "u", StoreId = "s" },
            new() { EventId = "assign", Type = EventTypes.AgentAssigned, OccurredAt = T0, AgentId = "a", StoreId = "s", Seq = 1 },
        };
        var last = 0;
        for (var i = 0; i < messages.Length; i++)
        {
            var (sender, at, text) = messages[i];
            last = Math.Max(last, at);
            events.Add(new StoredEvent
            {
                EventId = $"m{i}",
                Type = EventTypes.Message,
                OccurredAt = T0.AddSeconds(at),
                Seq = i + 2,
                Sender = sender,
                AgentId = sender == Senders.Agent ? "a" : null,
                Text = text,
                Analysis = scorer.Score(text, sender, rules),
            });
        }

        events.Add(new StoredEvent { EventId = "close", Type = EventTypes.ConversationClosed, OccurredAt = T0.AddSeconds(last + 10), Seq = 100 });
        if (csat is { } rating)
        {
            events.Add(new StoredEvent { EventId = "csat", Type = EventTypes.Csat, OccurredAt = T0.AddSeconds(last + 20), Seq = 101, Rating = rating });
        }

        return ConversationProjector.Project("c", events, rules.Source, T0.AddSeconds(last + 60));
    }

    /// <summary>Stands in for the shipped models: a fixed topic, neutral mood, low complaint risk.</summary>
    private sealed class FixedTopic(string topic) : ITextModels
    {
        public TextPrediction Predict(string text) => new("neutral", 0.9, topic, 0.9, 0.1);
    }
}
