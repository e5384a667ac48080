using Realtime.Grains.Paging;

namespace Realtime.Grains.Agents;

/// <summary>One page of an agent's conversation records: its open conversations, or an eighth of a day's closed ones (<see cref="AgentRecordBook.PageOf"/>).</summary>
[GenerateSerializer, Alias("agent-records-page")]
public sealed class AgentRecordsPage : IStatePage
{
    [Id(0)] public Dictionary<string, AgentConversationRecord> Records { get; set; } = new(StringComparer.Ordinal);

    public bool IsEmpty => Records.Count == 0;
}
