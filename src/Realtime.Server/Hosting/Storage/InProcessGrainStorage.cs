using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Runtime.InteropServices;
using Orleans.Storage;

namespace Realtime.Server.Hosting.Storage;

/// <summary>
/// Grain storage of the embedded default: every state serialised into a dictionary of this process, with ETag checks.
/// Orleans' memory provider keeps the same bytes in storage grains, which costs a grain call and a copy of the bytes
/// per write (measured: about a tenth of the server's CPU at the top e2e rates). Nothing survives the process, as with
/// Orleans' provider; production uses Redis or Azure Table storage.
/// States left unwritten for a whole sweep interval (closed conversations, old pages) are Brotli-compressed in place,
/// since this store keeps every state for the process's life; a write stores plain bytes again.
/// </summary>
public sealed class InProcessGrainStorage : IGrainStorage, IDisposable
{
    /// <summary>Smaller states are not worth compressing.</summary>
    public const int MinCompressedSize = 256;

    private const int BrotliQuality = 4;
    private const int BrotliWindow = 22;

    private readonly ConcurrentDictionary<string, Entry> _states = new(StringComparer.Ordinal);
    private readonly IGrainStorageSerializer _serializer;
    private readonly ITimer? _sweeper;
    private long _lastETag;
    private long _generation;

    /// <param name="sweepInterval">How often cold states are compressed; null: never.</param>
    public InProcessGrainStorage(IGrainStorageSerializer serializer, TimeProvider? time = null, TimeSpan? sweepInterval = null)
    {
        _serializer = serializer;
        if (sweepInterval is { } interval)
        {
            _sweeper = (time ?? TimeProvider.System).CreateTimer(_ => Sweep(), null, interval, interval);
        }
    }

    public int Count => _states.Count;

    /// <summary>States held compressed, and bytes held for all states.</summary>
    public (int Compressed, long Bytes) Footprint() =>
        (_states.Values.Count(e => e.OriginalLength > 0), _states.Values.Sum(e => (long)e.Data.Length));

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (_states.TryGetValue(Key(stateName, grainId), out var entry))
        {
            grainState.State = _serializer.Deserialize<T>(new BinaryData(entry.Plain()));
            grainState.ETag = entry.ETag;
            grainState.RecordExists = true;
        }
        else
        {
            Reset(grainState);
        }

        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = Key(stateName, grainId);
        var next = new Entry(ExactArray(_serializer.Serialize(grainState.State)), NextETag(), 0, Volatile.Read(ref _generation));
        var stored = _states.TryGetValue(key, out var current)
            ? current.ETag == grainState.ETag && _states.TryUpdate(key, next, current)
            : grainState.ETag is null && _states.TryAdd(key, next);
        if (!stored)
        {
            throw Conflict("write", key, grainState.ETag);
        }

        grainState.ETag = next.ETag;
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = Key(stateName, grainId);
        if (_states.TryGetValue(key, out var current)
            && (current.ETag != grainState.ETag || !_states.TryRemove(new KeyValuePair<string, Entry>(key, current))))
        {
            throw Conflict("clear", key, grainState.ETag);
        }

        Reset(grainState);
        return Task.CompletedTask;
    }

    /// <summary>Compresses the plain states written before the previous sweep; a write racing it wins.</summary>
    public void Sweep()
    {
        var cold = Interlocked.Increment(ref _generation) - 1;
        foreach (var (key, entry) in _states)
        {
            if (entry.OriginalLength == 0 && entry.Generation < cold && entry.Data.Length >= MinCompressedSize
                && Compress(entry.Data) is { } compressed)
            {
                _states.TryUpdate(key, entry with { Data = compressed, OriginalLength = entry.Data.Length }, entry);
            }
        }
    }

    public void Dispose() => _sweeper?.Dispose();

    private static byte[]? Compress(byte[] data)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(data.Length));
        try
        {
            // Kept only when it saves at least a tenth.
            return BrotliEncoder.TryCompress(data, buffer, out var written, BrotliQuality, BrotliWindow) && written < data.Length * 9 / 10
                ? buffer.AsSpan(0, written).ToArray()
                : null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The serialised bytes as an array of their size, copied only when the serializer handed back part of a bigger one.</summary>
    private static byte[] ExactArray(BinaryData data) =>
        MemoryMarshal.TryGetArray(data.ToMemory(), out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : data.ToArray();

    private static void Reset<T>(IGrainState<T> grainState)
    {
        grainState.State = Activator.CreateInstance<T>();
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    private static string Key(string stateName, GrainId grainId) => $"{stateName}\u001F{grainId}";

    private static InconsistentStateException Conflict(string operation, string key, string? etag) =>
        new($"Could not {operation} grain state {key}: its ETag is no longer {etag ?? "(none)"}.", "Unknown", etag ?? string.Empty);

    private string NextETag() => Interlocked.Increment(ref _lastETag).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A state's bytes (exact size: a growing serializer buffer is not kept); <see cref="OriginalLength"/>
    /// is 0 for plain bytes, else the length before Brotli. <see cref="Generation"/> is the sweep count when written.
    /// </summary>
    private sealed record Entry(byte[] Data, string ETag, int OriginalLength, long Generation)
    {
        public byte[] Plain()
        {
            if (OriginalLength == 0)
            {
                return Data;
            }

            var plain = new byte[OriginalLength];
            if (!BrotliDecoder.TryDecompress(Data, plain, out var written) || written != OriginalLength)
            {
                throw new InvalidDataException("A compressed grain state did not decompress to its recorded length.");
            }

            return plain;
        }
    }
}
