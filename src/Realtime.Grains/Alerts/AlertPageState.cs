using Realtime.Contracts.Alerts;
using Realtime.Grains.Paging;

namespace Realtime.Grains.Alerts;

/// <summary>
/// The alerts of one page of a store's alert book (a block of <see cref="AlertLedger.PageSize"/> alert numbers), each
/// packed on its own with its condition (<see cref="Packed"/>): a raise saves its page by copying the other alerts'
/// bytes instead of serialising up to 64 alerts again.
/// </summary>
[GenerateSerializer, Alias("alert-page-state")]
public sealed class AlertPageState : IStatePage
{
    /// <summary>Alerts as objects: pages written before packing; read, never written any more.</summary>
    [Id(0)] public Dictionary<string, Alert> Alerts { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Condition key → alert id, for <see cref="Alerts"/>.</summary>
    [Id(1)] public Dictionary<string, string> Conditions { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The page's <see cref="AlertEntry"/>s, each packed with <see cref="Packer{T}"/>.</summary>
    [Id(2)] public List<byte[]> Packed { get; set; } = [];

    public bool IsEmpty => Alerts.Count == 0 && Packed.Count == 0;
}

/// <summary>An alert with the condition that raised it (none for an alert loaded without one), as a page packs it.</summary>
[GenerateSerializer, Immutable, Alias("alert-entry")]
public sealed record AlertEntry([property: Id(0)] Alert Alert, [property: Id(1)] string? ConditionKey);
