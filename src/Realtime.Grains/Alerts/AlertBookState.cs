using Realtime.Contracts.Alerts;

namespace Realtime.Grains.Alerts;

[GenerateSerializer, Alias("alert-book-state")]
public sealed class AlertBookState
{
    [Id(0)] public Dictionary<string, Alert> Alerts { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Condition key → alert id.</summary>
    [Id(1)] public Dictionary<string, string> Conditions { get; set; } = new(StringComparer.Ordinal);
    [Id(2)] public long NextSeq { get; set; } = 1;
}
