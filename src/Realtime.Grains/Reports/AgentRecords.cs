using Realtime.Grains.Agents;

namespace Realtime.Grains.Reports;

/// <summary>One agent's conversation records, as read from its daily buckets.</summary>
public sealed record AgentRecords(string AgentId, IReadOnlyList<AgentConversationRecord> Records);
