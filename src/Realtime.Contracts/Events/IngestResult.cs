using System.Text.Json.Serialization;

namespace Realtime.Contracts.Events;

/// <summary>The <c>202</c> body of <c>POST /api/events</c>.</summary>
public sealed record IngestResult(int Accepted, int Duplicates, IReadOnlyList<IngestRejection> Rejected);

public sealed record IngestRejection(int Index, string? EventId, string Error)
{
    /// <summary>
    /// True when the event itself is fine but was not applied now (a grain call failed): send it again, a repeat
    /// changes nothing. Absent on events that are wrong.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Retry { get; init; }
}
