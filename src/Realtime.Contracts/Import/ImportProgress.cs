using System.Text.Json.Serialization;
using Realtime.Contracts.Events;
using Realtime.Contracts.Texts;

namespace Realtime.Contracts.Import;

/// <summary>The body of <c>POST /api/import</c> (final) and <c>GET /api/import/{id}</c> (while it runs).</summary>
public sealed record ImportProgress
{
    public required string ImportId { get; init; }

    /// <summary><c>running</c>, <c>completed</c> or <c>failed</c>.</summary>
    public required string Status { get; init; }

    public string? Format { get; init; }
    public string? Encoding { get; init; }
    public long Records { get; init; }
    public long Accepted { get; init; }
    public long Duplicates { get; init; }
    public long Rejected { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public double ElapsedSeconds { get; init; }
    public double EventsPerSecond { get; init; }

    /// <summary>The first rejections (at most 100): which line and why.</summary>
    public IReadOnlyList<ImportError> Errors { get; init; } = [];

    /// <summary>Why a <c>failed</c> import stopped, in English (stable for scripts).</summary>
    public string? Error { get; init; }

    /// <summary>The same reason as a catalogue text rendered in the reader's language.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RejectionText? Failure { get; init; }
}

/// <summary>
/// One rejected line: <c>error</c> in English (every problem joined with "; "), <c>errors</c> each problem keyed and
/// rendered in the reader's language, <c>messageKey</c>/<c>args</c>/<c>message</c> the first one — as on <c>POST /api/events</c>.
/// </summary>
public sealed record ImportError(long Line, string? EventId, string Error) : KeyedProblems
{
    public static ImportError Of(long line, string? eventId, IReadOnlyList<Text> errors) =>
        new(line, eventId, RejectionText.English(errors)) { Errors = RejectionText.All(errors) };
}
