using Realtime.Contracts.Events;
using Realtime.Grains;
using Realtime.Grains.Agents;
using Realtime.Grains.Conversations;
using Realtime.Grains.Ingest;
using Realtime.Grains.Sales;

namespace Realtime.Server.Ingest;

/// <summary>
/// Sends validated events to their grains: one call per conversation (per agent for status events, per customer for orders) per batch,
/// all in parallel. Events of one conversation keep their arrival order within the call. A call that fails costs only
/// its own events, which come back as <see cref="EventFailure.Retry"/> failures: never the batch.
/// </summary>
public sealed partial class IngestDispatcher(IGrainFactory grains, ILogger<IngestDispatcher> logger)
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
        calls.AddRange(byConversation.Select(g => IsolatedAsync(g.Value, grains.Reference<IConversationGrain>(g.Key).ApplyAsync(g.Value))));
        calls.AddRange(byAgent.Select(g => IsolatedAsync(g.Value, grains.Reference<IAgentGrain>(g.Key).ApplyStatusAsync(g.Value))));
        calls.AddRange(byCustomer.Select(g => IsolatedAsync(g.Value, grains.GetGrain<ICustomerSalesGrain>(g.Key).ApplyOrdersAsync(g.Value))));
        var results = await Task.WhenAll(calls);
        return results.Aggregate(new ApplyResult(0, 0), (a, b) => a + b);
    }

    private async Task<ApplyResult> IsolatedAsync(List<IncomingEvent> group, Task<ApplyResult> call)
    {
        try
        {
            return await call;
        }
        catch (Exception ex)
        {
            LogCallFailed(logger, ex, group.Count);
            var error = $"not applied now ({ex.GetType().Name}); send it again, a repeat changes nothing";
            return new ApplyResult(0, 0, [.. group.Select(e => new EventFailure(e.EventId, error, Retry: true))]);
        }
    }

    [LoggerMessage(EventId = 510, Level = LogLevel.Warning, Message = "A grain call for {Count} events failed; they are answered as not applied")]
    private static partial void LogCallFailed(ILogger logger, Exception ex, int count);
}
