using System.Runtime.InteropServices;

namespace Realtime.Grains.Agents;

/// <summary>
/// Silo-local mailbox of conversation records on their way to agents, used by the single embedded silo: a conversation
/// leaves its record here instead of awaiting a call to the agent, and the agent takes all of its records at once, on
/// its next call (every read takes them first, so a read sees every record reported before it) or when
/// <see cref="AgentFeedFlusher"/> pokes it. A conversation's newer record replaces its pending one, which is most of the
/// saving: in the e2e benchmark a conversation reports about twice in a few milliseconds, and the awaited agent calls
/// were about a quarter of the server's throughput. Off in a cluster and with durable storage, where an agent may live
/// on another silo and an acknowledged record must not wait in memory.
/// </summary>
public sealed class AgentFeed(bool deferred)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Dictionary<string, PendingRecord>> _byAgent = new(StringComparer.Ordinal);

    // Agents between Take and Applied: their records left the feed but are not in their state (or directory) yet.
    private readonly HashSet<string> _applying = new(StringComparer.Ordinal);

    /// <summary>Whether conversations leave their records here (true only in the embedded single silo).</summary>
    public bool Deferred { get; } = deferred;

    /// <summary>Leaves a record for <paramref name="agentId"/>; <paramref name="previousDate"/> as in <see cref="IAgentGrain.TrackAsync"/>.</summary>
    public void Report(string agentId, AgentConversationRecord record, string? previousDate)
    {
        lock (_lock)
        {
            var records = WaitingFor(agentId);

            // The agent still files the conversation under the date it saw first, not under a pending one's.
            var filedUnder = records.TryGetValue(record.ConversationId, out var pending) ? pending.PreviousDate : previousDate;
            records[record.ConversationId] = new PendingRecord(record, filedUnder);
        }
    }

    /// <summary>
    /// Removes and returns the records waiting for <paramref name="agentId"/>, in no particular order. Until the agent
    /// calls <see cref="Applied"/>, it still counts as <see cref="Waiting"/>.
    /// </summary>
    public IReadOnlyList<PendingRecord> Take(string agentId)
    {
        lock (_lock)
        {
            if (!_byAgent.Remove(agentId, out var records))
            {
                return [];
            }

            _applying.Add(agentId);
            return [.. records.Values];
        }
    }

    /// <summary>The agent has applied (or requeued) what it took.</summary>
    public void Applied(string agentId)
    {
        lock (_lock)
        {
            _applying.Remove(agentId);
        }
    }

    /// <summary>Puts back records an agent could not apply, unless newer ones for the same conversation came meanwhile.</summary>
    public void Requeue(string agentId, IEnumerable<PendingRecord> records)
    {
        lock (_lock)
        {
            var waiting = WaitingFor(agentId);
            foreach (var r in records)
            {
                if (waiting.TryGetValue(r.Record.ConversationId, out var newer))
                {
                    waiting[r.Record.ConversationId] = newer with { PreviousDate = r.PreviousDate };
                }
                else
                {
                    waiting[r.Record.ConversationId] = r;
                }
            }
        }
    }

    /// <summary>
    /// Has every agent with records waiting take them (before a read that spans agents, such as a report). An agent
    /// still applying what it took is called too: the call waits for that turn to end.
    /// </summary>
    public Task DeliverAsync(IGrainFactory grains) =>
        Task.WhenAll(Waiting().Select(agentId => grains.GetGrain<IAgentGrain>(agentId).TakeFeedAsync()));

    /// <summary>The agents with records waiting or being applied.</summary>
    public IReadOnlyList<string> Waiting()
    {
        lock (_lock)
        {
            return [.. _byAgent.Keys.Union(_applying, StringComparer.Ordinal)];
        }
    }

    /// <summary>The records waiting for <paramref name="agentId"/>, made empty if none are; call under the lock.</summary>
    private Dictionary<string, PendingRecord> WaitingFor(string agentId) =>
        CollectionsMarshal.GetValueRefOrAddDefault(_byAgent, agentId, out _) ??= new Dictionary<string, PendingRecord>(StringComparer.Ordinal);
}

/// <summary>A record on its way to an agent, with the date the agent last filed that conversation under.</summary>
public readonly record struct PendingRecord(AgentConversationRecord Record, string? PreviousDate);
