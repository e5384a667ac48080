using Realtime.Contracts.Events;

namespace Realtime.LoadTests.Workload;

/// <summary>The events of one conversation played from one real dialogue: start, assignment, every turn, close.</summary>
public static class ConversationScript
{
    public static List<ConversationEvent> Build(
        string conversationId, IReadOnlyList<DialogueCorpus.Turn> turns, string storeId, string customerId, string agentId, DateTimeOffset start, bool close)
    {
        var events = new List<ConversationEvent>(turns.Count + 3);
        var at = start;
        var n = 0;
        ConversationEvent Next(string type) => new()
        {
            EventId = $"{conversationId}-{n++}",
            Type = type,
            OccurredAt = at = at.AddMilliseconds(200),
            ConversationId = conversationId,
            StoreId = storeId,
            TeamId = "team-after-sales",
            Platform = "taobao",
            Channel = "chat",
            CustomerId = customerId,
        };

        events.Add(Next(EventTypes.ConversationStarted));
        events.Add(Next(EventTypes.AgentAssigned) with { AgentId = agentId, Role = AgentRoles.AfterSales });
        foreach (var turn in turns)
        {
            events.Add(Next(EventTypes.Message) with
            {
                Sender = turn.FromAgent ? Senders.Agent : Senders.Customer,
                AgentId = turn.FromAgent ? agentId : null,
                Text = turn.Text,
            });
        }

        if (close)
        {
            events.Add(Next(EventTypes.ConversationClosed));
        }

        return events;
    }
}
