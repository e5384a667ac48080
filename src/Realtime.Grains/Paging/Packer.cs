using Orleans.Serialization;

namespace Realtime.Grains.Paging;

/// <summary>
/// One item of a page to and from bytes of its own, in Orleans' binary format (version tolerant). An owner keeps
/// each item's bytes until the item changes, so saving a page copies the bytes of the items that did not change
/// instead of serialising every field of every item again.
/// </summary>
public sealed class Packer<T>(Serializer<T> serializer)
{
    public byte[] Pack(T item) => serializer.SerializeToArray(item);

    public T Unpack(byte[] bytes) =>
        serializer.Deserialize(bytes) ?? throw new InvalidDataException($"A packed {typeof(T).Name} read back as null.");
}
