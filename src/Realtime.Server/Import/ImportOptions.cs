using System.ComponentModel.DataAnnotations;

namespace Realtime.Server.Import;

/// <summary><c>Import:*</c>: history uploads through <c>POST /api/import</c>.</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>Largest accepted upload; history files are big, so far above <c>Ingest:MaxBodyBytes</c>.</summary>
    [Range(1024, long.MaxValue)]
    public long MaxBodyBytes { get; set; } = 4L * 1024 * 1024 * 1024;

    /// <summary>Events sent to the grains per dispatch.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 1_000;

    /// <summary>
    /// Dispatches in flight at once. One keeps an import from starving live traffic; more queue up on the agent grains
    /// (every conversation of an agent updates that one grain) until grain calls time out.
    /// </summary>
    [Range(1, 64)]
    public int MaxInFlight { get; set; } = 1;

    /// <summary>Finished imports kept for <c>GET /api/import/{id}</c>.</summary>
    [Range(1, 100_000)]
    public int KeepFinished { get; set; } = 200;
}
