using System.ComponentModel.DataAnnotations;
using Realtime.Grains.Time;

namespace Realtime.Server.Ingest;

/// <summary><c>Ingest:*</c> (CONTRACT §7).</summary>
public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>Accepted keys for <c>POST /api/events</c>; several allow rotation. Empty: a demo key is generated and printed.</summary>
    public List<string> ApiKeys { get; set; } = [];

    [Range(1024, 256L * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = 4_194_304;

    [Range(1, 100_000)]
    public int MaxBatchSize { get; set; } = 5_000;

    /// <summary>The earliest <c>occurredAt</c> accepted; earlier events are rejected by name.</summary>
    public DateTimeOffset OccurredAtEarliest { get; set; } = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>How far ahead of the server's clock an <c>occurredAt</c> may be (clock skew between systems).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "366.00:00:00")]
    public TimeSpan OccurredAtMaxAhead { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The <c>occurredAt</c> window at the server's time <paramref name="now"/>.</summary>
    public OccurredAtWindow WindowAt(DateTimeOffset now) => new(OccurredAtEarliest, SaturatingTime.Add(now, OccurredAtMaxAhead));
}
