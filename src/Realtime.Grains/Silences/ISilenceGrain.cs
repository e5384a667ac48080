using Orleans.Concurrency;
using Realtime.Contracts.Silences;

namespace Realtime.Grains.Silences;

/// <summary>The silences of the whole deployment (one grain, key 0); every store's alert book holds a copy.</summary>
[Alias("silences")]
public interface ISilenceGrain : IGrainWithIntegerKey
{
    const long Key = 0;

    [Alias("add")]
    Task<Silence> AddAsync([Immutable] Silence silence);

    /// <summary>The silences not yet expired. Interleaves: an alert book activated by this grain's own push reads it while the push waits.</summary>
    [AlwaysInterleave, Alias("list")]
    Task<IReadOnlyList<Silence>> ListAsync();

    /// <summary>False when no such silence exists.</summary>
    [Alias("remove")]
    Task<bool> RemoveAsync(string silenceId);
}
