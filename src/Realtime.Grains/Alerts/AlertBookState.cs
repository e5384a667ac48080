namespace Realtime.Grains.Alerts;

/// <summary>
/// The alert book's own small state. The alerts themselves live in pages (<see cref="Paging.IStatePageGrain{TPage}"/>), so a raise
/// rewrites one page of at most <see cref="AlertLedger.PageSize"/> alerts instead of every alert of the store.
/// </summary>
[GenerateSerializer, Alias("alert-book-state")]
public sealed class AlertBookState
{
    [Id(2)] public long NextSeq { get; set; } = 1;

    /// <summary>Pages that may hold alerts: <see cref="FirstPage"/> to <see cref="LastPage"/>, both included.</summary>
    [Id(3)] public long FirstPage { get; set; }
    [Id(4)] public long LastPage { get; set; } = -1;
}
