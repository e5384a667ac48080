using Realtime.Grains.Paging;

namespace Realtime.Grains.Agents;

/// <summary>One month (<c>yyyy-MM</c>) of an agent's conversation records.</summary>
[GenerateSerializer, Alias("agent-records-page")]
public sealed class AgentRecordsPage : IStatePage
{
    [Id(0)] public Dictionary<string, AgentConversationRecord> Records { get; set; } = new(StringComparer.Ordinal);

    public bool IsEmpty => Records.Count == 0;
}
