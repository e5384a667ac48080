using Realtime.Contracts.Events;
using Realtime.Grains;
using Realtime.Grains.Agents;
using Realtime.Grains.Conversations;
using Realtime.Grains.Ingest;
using Realtime.Grains.Sales;

namespace Realtime.Server.Ingest;

/// <summary>
/// Sends validated events to their grains: one call per conversation (per agent for status events, per customer for orders) per batch,
/// all in parallel. Events of one conversation keep their arrival order within the call.
/// </summary>
public sealed class IngestDispatcher(IGrainFactory grains)
{
    public async Task<ApplyResult> DispatchAsync(IReadOnlyList<IncomingEvent> events)
    {
        var byConversation = new Dictionary<string, List<IncomingEvent>>(StringComparer.Ordinal);
        var byAgent = new Dictionary<string, List<IncomingEvent>>(StringComparer.Ordinal);
        var byCustomer = new Dictionary<string, List<IncomingEvent>>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            var (key, groups) = e.Type switch
            {
                EventTypes.AgentStatus => (e.AgentId!, byAgent),
                EventTypes.Order => (e.CustomerId!, byCustomer),
                _ => (e.ConversationId!, byConversation),
            };
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(e);
        }

        var calls = new List<Task<ApplyResult>>(byConversation.Count + byAgent.Count + byCustomer.Count);
        calls.AddRange(byConversation.Select(g => grains.Reference<IConversationGrain>(g.Key).ApplyAsync(g.Value)));
        calls.AddRange(byAgent.Select(g => grains.Reference<IAgentGrain>(g.Key).ApplyStatusAsync(g.Value)));
        calls.AddRange(byCustomer.Select(g => grains.GetGrain<ICustomerSalesGrain>(g.Key).ApplyOrdersAsync(g.Value)));
        var results = await Task.WhenAll(calls);
        return results.Aggregate(new ApplyResult(0, 0), (a, b) => a + b);
    }
}
