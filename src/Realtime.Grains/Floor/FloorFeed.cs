using System.Collections.Concurrent;
using Realtime.Contracts.Alerts;

namespace Realtime.Grains.Floor;

/// <summary>
/// Silo-local collector between grains and the floor grain: grains report here without a grain call, and
/// <see cref="FloorFeedFlusher"/> sends the latest of each in one batch a few times a second.
/// </summary>
public sealed class FloorFeed
{
    private ConcurrentDictionary<string, ConversationSummary> _conversations = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, AgentSummary> _agents = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, Alert> _alerts = new(StringComparer.Ordinal);

    public void Report(ConversationSummary summary) => _conversations[summary.ConversationId] = summary;

    public void Report(AgentSummary summary) => _agents[summary.AgentId] = summary;

    public void Report(Alert alert) => _alerts[alert.AlertId] = alert;

    public FloorBatch Drain()
    {
        var conversations = Interlocked.Exchange(ref _conversations, new(StringComparer.Ordinal));
        var agents = Interlocked.Exchange(ref _agents, new(StringComparer.Ordinal));
        var alerts = Interlocked.Exchange(ref _alerts, new(StringComparer.Ordinal));
        return new FloorBatch
        {
            // Lists, not collection expressions: the compiler's read-only list type has no Orleans codec (see AgentRecord).
            Conversations = conversations.Values.ToList(),
            Agents = agents.Values.ToList(),
            Alerts = alerts.Values.ToList(),
        };
    }

    /// <summary>Puts back a batch that could not be delivered, unless newer reports replaced its items.</summary>
    public void Requeue(FloorBatch batch)
    {
        foreach (var c in batch.Conversations)
        {
            _conversations.TryAdd(c.ConversationId, c);
        }

        foreach (var a in batch.Agents)
        {
            _agents.TryAdd(a.AgentId, a);
        }

        foreach (var a in batch.Alerts)
        {
            _alerts.TryAdd(a.AlertId, a);
        }
    }
}
