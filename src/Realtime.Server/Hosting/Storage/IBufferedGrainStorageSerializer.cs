using Orleans.Storage;

namespace Realtime.Server.Hosting.Storage;

/// <summary>
/// A grain storage serializer that lends its output buffer: a store that transforms the bytes before keeping them
/// (compression) reads them from there instead of from an array made only to be dropped.
/// </summary>
public interface IBufferedGrainStorageSerializer : IGrainStorageSerializer
{
    /// <summary>Serialises <paramref name="input"/> and hands the bytes to <paramref name="take"/>, valid only during that call.</summary>
    TResult Serialize<T, TResult>(T? input, Func<ReadOnlySpan<byte>, TResult> take);
}
