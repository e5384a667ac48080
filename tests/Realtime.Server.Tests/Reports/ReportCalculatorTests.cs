using Realtime.Contracts.Scoring;
using Realtime.Grains.Agents;
using Realtime.Grains.Reports;

namespace Realtime.Server.Tests.Reports;

public sealed class ReportCalculatorTests
{
    private static readonly DateTimeOffset Day1 = new(2026, 11, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly ReportPeriod November = new(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));

    [Fact]
    public void Repeat_contact_within_72_hours_with_another_agent_breaks_first_contact_resolution()
    {
        var first = Record("c1", "u1", Day1);
        var again = Record("c2", "u1", Day1.AddHours(71));
        var later = Record("c3", "u2", Day1);
        var muchLater = Record("c4", "u2", Day1.AddHours(73));

        var report = Calculate([new AgentRecords("a", [first, later]), new AgentRecords("b", [again, muchLater])]);

        var a = report.Agents.Single(r => r.AgentId == "a");
        Assert.Equal(50, a.FirstContactResolutionPct);
        Assert.Equal(100, report.Agents.Single(r => r.AgentId == "b").FirstContactResolutionPct);
    }

    [Fact]
    public void Repeat_contact_after_the_period_still_counts()
    {
        var lastDay = Record("c1", "u1", new DateTimeOffset(2026, 11, 30, 20, 0, 0, TimeSpan.Zero));
        var nextMonth = Record("c2", "u1", new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));

        var report = Calculate([new AgentRecords("a", [lastDay, nextMonth])]);

        var row = Assert.Single(report.Agents);
        Assert.Equal(1, row.Conversations);
        Assert.Equal(0, row.FirstContactResolutionPct);
    }

    [Fact]
    public void Transferred_conversation_counts_for_the_transfer_rate_only()
    {
        var away = Record("c1", "u1", Day1) with { TransferredAway = true, Score = 10, Csat = 1 };
        var kept = Record("c2", "u2", Day1) with { Score = 90, Csat = 5 };

        var row = Assert.Single(Calculate([new AgentRecords("a", [away, kept])]).Agents);

        Assert.Equal(2, row.Conversations);
        Assert.Equal(50, row.TransferRatePct);
        Assert.Equal(90, row.QaScoreAverage);
        Assert.Equal(5, row.CsatAverage);
    }

    [Fact]
    public void Figures_follow_their_definitions()
    {
        AgentConversationRecord[] records =
        [
            Record("c1", "u1", Day1) with { FirstResponseSeconds = 10, HandleSeconds = 100, Csat = 5, WaitsAnswered = 2, WaitsMet = 2, Score = 100 },
            Record("c2", "u2", Day1) with { FirstResponseSeconds = 20, HandleSeconds = 300, Csat = 3, WaitsAnswered = 2, WaitsMet = 1, Score = 80, ComplianceViolations = 2 },
            Record("c3", "u3", Day1) with { FirstResponseSeconds = 90, Open = true, WaitsAnswered = 1, WaitsMet = 0 },
        ];

        var report = Calculate([new AgentRecords("a", records)]);
        var row = Assert.Single(report.Agents);

        Assert.Equal(40, row.FirstResponseAvgSeconds);
        Assert.Equal(90, row.FirstResponseP90Seconds);
        Assert.Equal(200, row.AverageHandleSeconds);
        Assert.Equal(4, row.CsatAverage);
        Assert.Equal(50, row.CsatSatisfiedPct);
        Assert.Equal(60, row.SlaAttainmentPct);
        Assert.Equal(66.7, row.ComplianceViolationsPer100);
        Assert.Equal(90, row.QaScoreAverage);
        Assert.Equal(2, row.Closed);
        Assert.Equal((row.QaScoreAverage, row.SlaAttainmentPct, row.FirstResponseP90Seconds), (report.Total!.QaScoreAverage, report.Total.SlaAttainmentPct, report.Total.FirstResponseP90Seconds));
    }

    [Fact]
    public void Insights_rank_topics_with_complaint_rates_and_examples()
    {
        AgentConversationRecord[] records =
        [
            Record("c1", "u1", Day1) with { Topics = ["logistics"] },
            Record("c2", "u2", Day1.AddMinutes(1)) with { Topics = ["logistics"], ComplaintReason = "12315" },
            Record("c3", "u3", Day1.AddMinutes(2)) with { Topics = ["product_quality", "refund_return"], ComplaintReason = "差评" },
            Record("c4", "u4", Day1.AddMinutes(3)) with { Topics = ["refund_return", "size_fit"] },
            Record("c4", "u4", Day1.AddMinutes(3)) with { Topics = ["refund_return", "size_fit"], TransferredAway = true },
        ];

        var insights = InsightsCalculator.Calculate(November, "s", null, [new AgentRecords("a", records[..4]), new AgentRecords("b", records[4..])], _ => true);

        Assert.Equal(4, insights.Conversations);
        Assert.Equal(50, insights.ComplaintRatePct);
        var logistics = insights.TopTopics[0];
        Assert.Equal(("logistics", 2, 50.0), (logistics.Key, logistics.Conversations, logistics.ComplaintRatePct!.Value));
        Assert.Equal(["c2", "c1"], logistics.Examples);
        Assert.Equal(["logistics", "product_quality", "refund_return"], insights.TopComplaintReasons.Select(i => i.Key).Order());
        Assert.Equal(["12315", "差评"], insights.ComplaintThreats.Select(i => i.Key).Order());
        Assert.Equal(["product_quality", "size_fit"], insights.RefundReasons.Select(i => i.Key).Order());
    }

    private static Contracts.Reports.AgentReport Calculate(IReadOnlyList<AgentRecords> agents) =>
        AgentReportCalculator.Calculate(November, "s", null, agents, (_, _, _) => true, rollups: true);

    private static AgentConversationRecord Record(string id, string customer, DateTimeOffset startedAt) => new()
    {
        ConversationId = id,
        Date = AgentFigures.DateOf(startedAt),
        StoreId = "s",
        TeamId = "t",
        CustomerId = customer,
        StartedAt = startedAt,
        Score = 100,
        Dimensions = Dimensions.All.ToDictionary(d => d, _ => 100.0),
    };
}
