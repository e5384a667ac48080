using System.Buffers;
using Orleans.Serialization.Buffers;
using Orleans.Serialization.Cloning;
using Orleans.Serialization.Codecs;
using Orleans.Serialization.WireProtocol;
using Realtime.Grains.Conversations;

namespace Realtime.Grains.Serialization;

/// <summary>A conversation's events, stored as one Orleans field in <see cref="StoredEventFormat"/>.</summary>
public readonly record struct PackedEvents(List<StoredEvent> Events);

[RegisterSerializer]
public sealed class PackedEventsCodec : IFieldCodec<PackedEvents>
{
    /// <summary>A scratch buffer grown past this by one long conversation is not kept.</summary>
    private const int MaxKeptScratch = 1 << 20;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_scratch;

    public void WriteField<TBufferWriter>(ref Writer<TBufferWriter> writer, uint fieldIdDelta, Type? expectedType, PackedEvents value)
        where TBufferWriter : IBufferWriter<byte>
    {
        ReferenceCodec.MarkValueField(writer.Session);

        // The field's length comes first: the events are packed into a scratch buffer of the thread, then copied.
        var scratch = t_scratch ??= new ArrayBufferWriter<byte>(8 * 1024);
        try
        {
            StoredEventFormat.Write(value.Events, scratch);
            writer.WriteFieldHeader(fieldIdDelta, expectedType, typeof(PackedEvents), WireType.LengthPrefixed);
            writer.WriteVarUInt32((uint)scratch.WrittenCount);
            writer.Write(scratch.WrittenSpan);
        }
        finally
        {
            if (scratch.Capacity > MaxKeptScratch)
            {
                t_scratch = null;
            }
            else
            {
                scratch.ResetWrittenCount();
            }
        }
    }

    public PackedEvents ReadValue<TInput>(ref Reader<TInput> reader, Field field)
    {
        ReferenceCodec.MarkValueField(reader.Session);
        field.EnsureWireType(WireType.LengthPrefixed);
        var length = checked((int)reader.ReadVarUInt32());
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var bytes = buffer.AsSpan(0, length);
            reader.ReadBytes(bytes);
            return new PackedEvents(StoredEventFormat.Read(bytes));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

/// <summary>Stored events are immutable records: a copy needs a list of its own, not new events.</summary>
[RegisterCopier]
public sealed class PackedEventsCopier : IDeepCopier<PackedEvents>
{
    public PackedEvents DeepCopy(PackedEvents input, CopyContext context) => new([.. input.Events]);
}
