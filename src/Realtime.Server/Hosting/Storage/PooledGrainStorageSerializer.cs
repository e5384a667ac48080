using Orleans.Serialization;
using Orleans.Storage;

namespace Realtime.Server.Hosting.Storage;

/// <summary>
/// Orleans' binary format, like <see cref="OrleansGrainStorageSerializer"/>, written through a pooled buffer into one
/// array of the exact size: that serializer grows a fresh <c>ArrayBufferWriter</c> for every write (each doubling a
/// new array), and storage that keeps the bytes then copies them once more. Grain states are written on every batch.
/// </summary>
public sealed class PooledGrainStorageSerializer(Serializer serializer) : IGrainStorageSerializer
{
    public BinaryData Serialize<T>(T? input) => new(serializer.SerializeToArray(input));

    public T Deserialize<T>(BinaryData input) => serializer.Deserialize<T>(input.ToMemory())!;
}
