using Realtime.Grains.Agents;
using Realtime.Grains.Sales;

namespace Realtime.Grains.Reports;

/// <summary>One agent's conversation records, as read from its daily buckets, and the orders credited to it.</summary>
public sealed record AgentRecords(string AgentId, IReadOnlyList<AgentConversationRecord> Records)
{
    public IReadOnlyList<SaleCredit> Credits { get; init; } = [];
}
