using Realtime.Contracts.Alerts;
using Realtime.Grains.Paging;

namespace Realtime.Grains.Alerts;

/// <summary>The alerts of one page of a store's alert book (a block of <see cref="AlertLedger.PageSize"/> alert numbers).</summary>
[GenerateSerializer, Alias("alert-page-state")]
public sealed class AlertPageState : IStatePage
{
    [Id(0)] public Dictionary<string, Alert> Alerts { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Condition key → alert id, for the alerts of this page.</summary>
    [Id(1)] public Dictionary<string, string> Conditions { get; set; } = new(StringComparer.Ordinal);

    public bool IsEmpty => Alerts.Count == 0;
}
