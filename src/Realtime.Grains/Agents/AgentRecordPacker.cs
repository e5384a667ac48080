using Orleans.Serialization;

namespace Realtime.Grains.Agents;

/// <summary>One agent conversation record to and from its own bytes, in Orleans' binary format (version tolerant).</summary>
public sealed class AgentRecordPacker(Serializer<AgentConversationRecord> serializer)
{
    public byte[] Pack(AgentConversationRecord record) => serializer.SerializeToArray(record);

    public AgentConversationRecord Unpack(byte[] bytes) =>
        serializer.Deserialize(bytes) ?? throw new InvalidDataException("A packed agent record read back as null.");
}
