using Realtime.Contracts.Reports;
using Realtime.Grains.Agents;

namespace Realtime.Grains.Reports;

/// <summary>Topic and complaint insights from the agents' records (one per conversation: the holder's, else any).</summary>
public static class InsightsCalculator
{
    public const int Top = 10;
    public const int ExamplesPerItem = 5;
    public const string Unspecified = "unspecified";
    private const string RefundTopic = "refund_return";

    public static InsightsReport Calculate(
        ReportPeriod period, string? storeId, string? teamId, IReadOnlyList<AgentRecords> agents, Func<AgentConversationRecord, bool> visible)
    {
        var conversations = agents.SelectMany(a => a.Records)
            .Where(r => period.Contains(r.Date) && (storeId is null || r.StoreId == storeId) && (teamId is null || r.TeamId == teamId) && visible(r))
            .GroupBy(r => r.ConversationId, StringComparer.Ordinal)
            .Select(g => g.FirstOrDefault(r => !r.TransferredAway) ?? g.First())
            .OrderByDescending(r => r.StartedAt)
            .ToList();
        var complaints = conversations.Where(r => r.IsComplaint).ToList();
        return new InsightsReport
        {
            From = period.FromDate,
            To = period.ToDate,
            StoreId = storeId,
            TeamId = teamId,
            Conversations = conversations.Count,
            Complaints = complaints.Count,
            ComplaintRatePct = Pct(complaints.Count, conversations.Count),
            TopTopics = Rank(conversations, r => r.Topics, conversations.Count, withComplaints: true),
            TopComplaintReasons = Rank(complaints, r => r.Topics.Count == 0 ? [Unspecified] : r.Topics, complaints.Count, withComplaints: false),
            ComplaintThreats = Rank(complaints, r => [r.ComplaintReason!], complaints.Count, withComplaints: false),
            RefundReasons = RefundReasonsOf(conversations),
        };
    }

    private static List<InsightItem> RefundReasonsOf(List<AgentConversationRecord> conversations)
    {
        var refunds = conversations.Where(r => r.Topics.Contains(RefundTopic)).ToList();
        return Rank(refunds, r => r.Topics.Count == 1 ? [Unspecified] : r.Topics.Where(t => t != RefundTopic).ToList(), refunds.Count, withComplaints: true);
    }

    /// <summary><paramref name="records"/> are newest first, so the examples are the newest conversations.</summary>
    private static List<InsightItem> Rank(
        List<AgentConversationRecord> records, Func<AgentConversationRecord, IReadOnlyList<string>> keys, int whole, bool withComplaints) =>
        records.SelectMany(r => keys(r).Distinct(StringComparer.Ordinal).Select(k => (Key: k, Record: r)))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var count = g.Count();
                var complaints = g.Count(x => x.Record.IsComplaint);
                return new InsightItem
                {
                    Key = g.Key,
                    Conversations = count,
                    SharePct = Pct(count, whole) ?? 0,
                    Complaints = withComplaints ? complaints : null,
                    ComplaintRatePct = withComplaints ? Pct(complaints, count) : null,
                    Examples = [.. g.Take(ExamplesPerItem).Select(x => x.Record.ConversationId)],
                };
            })
            .OrderByDescending(i => i.Conversations).ThenBy(i => i.Key, StringComparer.Ordinal)
            .Take(Top)
            .ToList();

    private static double? Pct(int part, int whole) => whole == 0 ? null : Math.Round(100.0 * part / whole, 1);
}
