namespace Realtime.Contracts.Reports;

/// <summary>
/// <c>GET /api/reports/agents</c>: the evaluation (考核) of a period, one row per agent plus team, store and overall
/// rollups computed from the same conversations (not averages of rows).
/// </summary>
public sealed record AgentReport
{
    /// <summary>First day, <c>YYYY-MM-DD</c> (UTC), inclusive.</summary>
    public required string From { get; init; }

    /// <summary>Last day, <c>YYYY-MM-DD</c> (UTC), inclusive.</summary>
    public required string To { get; init; }
    public string? StoreId { get; init; }
    public string? TeamId { get; init; }
    public IReadOnlyList<ReportRow> Agents { get; init; } = [];
    public IReadOnlyList<ReportRow> Teams { get; init; } = [];
    public IReadOnlyList<ReportRow> Stores { get; init; } = [];

    /// <summary>One row per platform (taobao, jd…) of the conversations and orders in scope.</summary>
    public IReadOnlyList<ReportRow> Platforms { get; init; } = [];
    public ReportRow? Total { get; init; }
}
