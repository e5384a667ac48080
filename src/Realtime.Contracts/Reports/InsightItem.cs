namespace Realtime.Contracts.Reports;

/// <summary>One line of an insight list. <see cref="Examples"/> are conversation ids behind the number, newest first.</summary>
public sealed record InsightItem
{
    public required string Key { get; init; }
    public int Conversations { get; init; }
    public double SharePct { get; init; }
    public int? Complaints { get; init; }
    public double? ComplaintRatePct { get; init; }
    public IReadOnlyList<string> Examples { get; init; } = [];
}
