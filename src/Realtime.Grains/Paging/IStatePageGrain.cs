using Orleans.Concurrency;

namespace Realtime.Grains.Paging;

/// <summary>
/// Persists one page of an owner grain's data (key: <c>{ownerKey}#{page}</c>), so the owner saves only the pages that
/// changed instead of all its data. The owner is the only writer and keeps the data in memory; a page only stores
/// and hands back what the owner saved.
/// </summary>
[Alias("state-page`1")]
public interface IStatePageGrain<TPage> : IGrainWithStringKey
    where TPage : class, IStatePage, new()
{
    [Alias("load")]
    Task<Immutable<TPage>> LoadAsync();

    [Alias("save")]
    Task SaveAsync(Immutable<TPage> page);
}
