using Realtime.Grains.Paging;

namespace Realtime.Grains.Agents;

/// <summary>
/// One page of an agent's conversation records: its open conversations, or an eighth of a day's closed ones
/// (<see cref="AgentRecordBook.PageOf"/>). Each record is kept serialised on its own (<see cref="Packed"/>), so saving
/// a page after one record changed copies the others' bytes instead of serialising every field of every record again
/// (the largest single cost of a conversation update in the e2e profile).
/// </summary>
[GenerateSerializer, Alias("agent-records-page")]
public sealed class AgentRecordsPage : IStatePage
{
    /// <summary>Records as objects: pages written before packing; read, never written any more.</summary>
    [Id(0)] public Dictionary<string, AgentConversationRecord> Records { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The records, each serialised with Orleans' serializer (<see cref="Packer{T}"/>).</summary>
    [Id(1)] public List<byte[]> Packed { get; set; } = [];

    public bool IsEmpty => Records.Count == 0 && Packed.Count == 0;
}
