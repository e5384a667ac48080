using Realtime.Contracts.Events;
using Realtime.Contracts.Rulesets;
using Realtime.Scoring.Rulesets;

namespace Realtime.Grains.Conversations;

/// <summary>
/// Whether a topic's required disclosures apply to a conversation: a topic alone is not enough when the rule names
/// <see cref="DisclosureRule.AppliesWhen"/> phrases: an agent's message must hold one (the agent handles a goods-back
/// return; a customer asking "do I send it back?" is not enough), and no message may hold a
/// <see cref="DisclosureRule.NotWhen"/> phrase (a cancellation, a pickup, a repair).
/// </summary>
public static class DisclosureScope
{
    public static bool Applies(IReadOnlyList<StoredEvent> events, DisclosureRule rule)
    {
        if (rule.AppliesWhen is not { Count: > 0 })
        {
            return true;
        }

        var applies = DisclosureLists.AppliesWhen(rule.Topic);
        var notWhen = DisclosureLists.NotWhen(rule.Topic);
        var applied = false;
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].Type != EventTypes.Message || events[i].Analysis is not { } a)
            {
                continue;
            }

            if (a.Tags.Contains(notWhen))
            {
                return false;
            }

            applied |= (events[i].Sender is Senders.Agent or Senders.Bot) && a.Tags.Contains(applies);
        }

        return applied;
    }
}
