using System.Buffers;
using Orleans.Serialization;
using Orleans.Storage;

namespace Realtime.Server.Hosting.Storage;

/// <summary>
/// Orleans' binary format, like <see cref="OrleansGrainStorageSerializer"/>, written into a buffer kept per thread and
/// copied out once at its exact size. That serializer (and <c>Serializer.SerializeToArray</c>) grows a fresh
/// <c>ArrayBufferWriter</c> for every write, each doubling a new array: a fifth of the bytes the server allocated at
/// the top e2e rate, as grain states are written on every batch.
/// </summary>
public sealed class PooledGrainStorageSerializer(Serializer serializer) : IBufferedGrainStorageSerializer
{
    /// <summary>A buffer grown past this by one big state is not kept.</summary>
    private const int MaxKeptBuffer = 1 << 20;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    public BinaryData Serialize<T>(T? input) => new(Serialize(input, static bytes => bytes.ToArray()));

    public TResult Serialize<T, TResult>(T? input, Func<ReadOnlySpan<byte>, TResult> take)
    {
        // Serialization never yields, so a thread's buffer serves one write at a time.
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        try
        {
            serializer.Serialize(input, buffer);
            return take(buffer.WrittenSpan);
        }
        finally
        {
            if (buffer.Capacity > MaxKeptBuffer)
            {
                t_buffer = null;
            }
            else
            {
                buffer.ResetWrittenCount();
            }
        }
    }

    public T Deserialize<T>(BinaryData input) => serializer.Deserialize<T>(input.ToMemory())!;
}
