namespace Realtime.Contracts.Reports;

/// <summary>
/// <c>GET /api/reports/insights</c>: what customers asked about (咨询热点) and complained about in a period, each figure
/// with example conversation ids behind it.
/// </summary>
public sealed record InsightsReport
{
    public required string From { get; init; }
    public required string To { get; init; }
    public string? StoreId { get; init; }
    public string? TeamId { get; init; }
    public int Conversations { get; init; }
    public int Complaints { get; init; }
    public double? ComplaintRatePct { get; init; }

    /// <summary>Top 10 topics by conversations, with the complaint rate of each.</summary>
    public IReadOnlyList<InsightItem> TopTopics { get; init; } = [];

    /// <summary>Top 10 topics of the conversations with a complaint (what customers complained about).</summary>
    public IReadOnlyList<InsightItem> TopComplaintReasons { get; init; } = [];

    /// <summary>How customers threatened (the complaint phrase: 12315, 差评, …, or <c>model</c>).</summary>
    public IReadOnlyList<InsightItem> ComplaintThreats { get; init; } = [];

    /// <summary>The other topics of refund/return conversations (why customers return).</summary>
    public IReadOnlyList<InsightItem> RefundReasons { get; init; } = [];
}
