using System.ComponentModel.DataAnnotations;

namespace Realtime.Server.Ingest.Stream;

/// <summary><c>Ingest:Stream:*</c>: the Redis Stream every process consumes through one consumer group.</summary>
public sealed class StreamIngestOptions
{
    public const string Section = "Ingest:Stream";

    /// <summary>On: HTTP ingest appends to the stream before answering, and this process consumes it. Default: on in cluster mode.</summary>
    public bool? Enabled { get; set; }

    [Required]
    public string Key { get; set; } = "realtime:events";

    [Required]
    public string Group { get; set; } = "realtime";

    /// <summary>Consumer name in the group; defaults to host name + process id.</summary>
    public string? Consumer { get; set; }

    /// <summary>Stream entries read per round (each entry holds one HTTP batch).</summary>
    [Range(1, 1000)]
    public int ReadCount { get; set; } = 20;

    /// <summary>Pending entries idle this long belong to a dead consumer and are claimed.</summary>
    [Range(1, 3600)]
    public int ClaimIdleSeconds { get; set; } = 15;

    /// <summary>How long an event id is remembered for deduplication at the door.</summary>
    [Range(1, 365)]
    public int DedupeDays { get; set; } = 7;

    /// <summary>Entries not yet consumed above which ingest answers 503 (back-pressure).</summary>
    [Range(1, long.MaxValue)]
    public long MaxLag { get; set; } = 200_000;
}
