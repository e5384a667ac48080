using Realtime.Contracts.Events;

namespace Realtime.Contracts.Import;

/// <summary>
/// Turns a recorded dialogue into contract events: started, assigned, one message a turn and closed. Timestamps are
/// made up but plausible (typing time grows with the text, agents take 4–30 s to answer) and deterministic: the
/// same dialogue, index and timeline always give the same events and ids.
/// </summary>
public static class DialogueExpander
{
    public static List<ConversationEvent> Expand(Dialogue dialogue, int index, DialogueTimeline timeline)
    {
        var seed = StableHash(dialogue.Id);
        var random = new Random(unchecked((int)seed));
        var conversationId = Clip(timeline.IdPrefix + dialogue.Id);
        var customerId = Clip(timeline.IdPrefix + "cust-" + dialogue.Id);
        var agentId = $"agent-{(seed % (uint)Math.Max(1, timeline.Agents)) + 1:00}";
        var (platform, channel) = PlatformOf(dialogue.Source);
        var at = timeline.Start + (timeline.Spacing * index);
        ConversationEvent Base(string suffix, string type) => new()
        {
            EventId = Clip($"{conversationId}-{suffix}"),
            Type = type,
            OccurredAt = at,
            ConversationId = conversationId,
            StoreId = timeline.StoreId,
            TeamId = timeline.TeamId,
            Platform = platform,
            Channel = channel,
        };

        var events = new List<ConversationEvent>(dialogue.Turns.Count + 3)
        {
            Base("start", EventTypes.ConversationStarted) with { CustomerId = customerId },
        };
        at += TimeSpan.FromSeconds(1);
        events.Add(Base("assign", EventTypes.AgentAssigned) with { AgentId = agentId });
        for (var i = 0; i < dialogue.Turns.Count; i++)
        {
            var turn = dialogue.Turns[i];
            var isAgent = turn.Role == Senders.Agent;
            at += Delay(turn.Text.Length, isAgent, random);
            var text = turn.Text.Length > EventLimits.MaxTextLength ? turn.Text[..EventLimits.MaxTextLength] : turn.Text;
            events.Add(Base($"m{i:000}", EventTypes.Message) with
            {
                Sender = isAgent ? Senders.Agent : Senders.Customer,
                AgentId = isAgent ? agentId : null,
                CustomerId = isAgent ? null : customerId,
                Text = text,
            });
        }

        at += TimeSpan.FromSeconds(30);
        events.Add(Base("closed", EventTypes.ConversationClosed));
        return events;
    }

    /// <summary>When the last event of the dialogue happens, relative to its start (for pacing a replay).</summary>
    public static TimeSpan Duration(IReadOnlyList<ConversationEvent> events) =>
        events.Count == 0 ? TimeSpan.Zero : events[^1].OccurredAt!.Value - events[0].OccurredAt!.Value;

    private static TimeSpan Delay(int length, bool isAgent, Random random)
    {
        var seconds = isAgent
            ? 4 + (length * 0.15) + (random.NextDouble() * 20)
            : 3 + (length * 0.3) + (random.NextDouble() * 10);
        return TimeSpan.FromMilliseconds(Math.Round(Math.Min(seconds, isAgent ? 90 : 60) * 1000));
    }

    private static (string Platform, string Channel) PlatformOf(string? source) => source?.ToLowerInvariant() switch
    {
        { } s when s.Contains("jd") => ("jd", "chat"),
        { } s when s.Contains("taobao") => ("taobao", "chat"),
        { } s when s.Contains("tmall") => ("tmall", "chat"),
        { } s when s.Contains("twitter") => ("other", "social"),
        _ => ("other", "chat"),
    };

    private static string Clip(string id) => id.Length <= EventLimits.MaxIdLength ? id : id[..EventLimits.MaxIdLength];

    /// <summary>FNV-1a: stable across processes, unlike <see cref="string.GetHashCode()"/>.</summary>
    private static uint StableHash(string s)
    {
        var hash = 2166136261u;
        foreach (var c in s)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }
}
