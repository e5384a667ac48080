using Realtime.Contracts.Events;
using Realtime.Contracts.Import;
using Realtime.Contracts.Rulesets;
using Realtime.Grains.Conversations;
using Realtime.Scoring;
using Realtime.Scoring.Rulesets;

namespace Realtime.Replay.Evaluation;

/// <summary>
/// Plays a recorded dialogue through the scoring a conversation grain runs: the dialogue becomes the same events the
/// replay CLI posts (<see cref="DialogueExpander"/>, closed at the end), every message is scored with
/// <see cref="IMessageScorer"/>, and <see cref="ConversationProjector"/> derives the alert conditions.
/// </summary>
public sealed class ChatReplayer(IMessageScorer scorer, Ruleset ruleset)
{
    private readonly CompiledRuleset _compiled = CompiledRuleset.Compile(ruleset);
    private readonly DialogueTimeline _timeline = new() { Start = new DateTimeOffset(2026, 1, 5, 2, 0, 0, TimeSpan.Zero) };

    public ReplayedChat Replay(Dialogue dialogue)
    {
        var events = DialogueExpander.Expand(dialogue, 0, _timeline);
        var stored = new List<StoredEvent>(events.Count);
        foreach (var e in events)
        {
            stored.Add(new StoredEvent
            {
                EventId = e.EventId!,
                Type = e.Type!,
                OccurredAt = e.OccurredAt!.Value,
                Seq = stored.Count,
                Sender = e.Sender,
                AgentId = e.AgentId,
                CustomerId = e.CustomerId,
                StoreId = e.StoreId,
                Platform = e.Platform,
                Channel = e.Channel,
                Text = e.Text,
                Role = e.Role,
                Analysis = e.Type == EventTypes.Message
                    ? scorer.Score(e.Text ?? string.Empty, e.Sender ?? Senders.Customer, _compiled)
                    : null,
            });
        }

        var facts = ConversationProjector.Project(dialogue.Id, stored, ruleset, stored[^1].OccurredAt);
        return new ReplayedChat(dialogue, stored, [.. facts.Conditions.Where(c => c.RaisesAlert)]);
    }
}

/// <summary>A dialogue after replay: its scored events and the alerts it raises.</summary>
public sealed record ReplayedChat(Dialogue Dialogue, IReadOnlyList<StoredEvent> Events, IReadOnlyList<AlertCondition> Alerts);
