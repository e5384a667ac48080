using System.ComponentModel.DataAnnotations;

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
}
