namespace Realtime.Grains.Incidents;

/// <summary>The incidents of one store's alert book: the open ones and the most recently resolved.</summary>
[GenerateSerializer, Alias("incident-book-state")]
public sealed class IncidentBookState
{
    [Id(0)] public Dictionary<string, IncidentRecord> Incidents { get; set; } = new(StringComparer.Ordinal);
    [Id(1)] public long NextSeq { get; set; } = 1;
}
