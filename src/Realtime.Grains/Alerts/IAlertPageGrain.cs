using Orleans.Concurrency;

namespace Realtime.Grains.Alerts;

/// <summary>
/// Persists one page of a store's alert book (key: <c>{storeId}#{page}</c>). The book is the only writer and keeps
/// every alert in memory; a page only stores and hands back what the book saved.
/// </summary>
[Alias("alert-page")]
public interface IAlertPageGrain : IGrainWithStringKey
{
    [Alias("load")]
    Task<Immutable<AlertPageState>> LoadAsync();

    [Alias("save")]
    Task SaveAsync(Immutable<AlertPageState> page);
}
