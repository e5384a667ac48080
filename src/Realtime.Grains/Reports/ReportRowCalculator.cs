using Realtime.Contracts.Reports;
using Realtime.Contracts.Scoring;
using Realtime.Grains.Agents;

namespace Realtime.Grains.Reports;

/// <summary>
/// The metrics of one group of conversation records (an agent's, a team's, a store's). A record the agent transferred
/// away counts towards <c>conversations</c> and the transfer rate only; every quality figure belongs to the agent who
/// held the conversation last.
/// </summary>
public static class ReportRowCalculator
{
    public static ReportRow Calculate(ReportRow identity, IReadOnlyList<AgentConversationRecord> records, RepeatContactIndex repeats)
    {
        var held = records.Where(r => !r.TransferredAway).ToList();
        var closed = held.Where(r => !r.Open).ToList();
        var firsts = held.Where(r => r.FirstResponseSeconds is not null).Select(r => r.FirstResponseSeconds!.Value).Order().ToList();
        var handles = closed.Where(r => r.HandleSeconds is not null).Select(r => r.HandleSeconds!.Value).ToList();
        var fcrEligible = closed.Where(r => r.CustomerId is not null).ToList();
        var ratings = held.Where(r => r.Csat is not null).Select(r => r.Csat!.Value).ToList();
        var waitsAnswered = held.Sum(r => r.WaitsAnswered);
        var violations = held.Sum(r => r.ComplianceViolations);
        var scored = closed.Where(r => r.Score is not null).ToList();
        var transferred = records.Count - held.Count;

        return identity with
        {
            Conversations = records.Count,
            Closed = closed.Count,
            TransferredAway = transferred,
            FirstResponseAvgSeconds = firsts.Count == 0 ? null : Round(firsts.Average()),
            FirstResponseP90Seconds = firsts.Count == 0 ? null : Round(AgentFigures.Percentile(firsts, 0.9)),
            AverageHandleSeconds = handles.Count == 0 ? null : Round(handles.Average()),
            FirstContactResolutionPct = Pct(fcrEligible.Count(r => !repeats.HasRepeatContact(r)), fcrEligible.Count),
            TransferRatePct = Pct(transferred, records.Count),
            CsatResponses = ratings.Count,
            CsatAverage = ratings.Count == 0 ? null : Math.Round(ratings.Average(), 2),
            CsatSatisfiedPct = Pct(ratings.Count(r => r >= 4), ratings.Count),
            SlaAttainmentPct = Pct(held.Sum(r => r.WaitsMet), waitsAnswered),
            ComplianceViolations = violations,
            ComplianceViolationsPer100 = held.Count == 0 ? null : Round(100.0 * violations / held.Count),
            QaScoreAverage = scored.Count == 0 ? null : Round(scored.Average(r => r.Score!.Value)),
            DimensionAverages = DimensionAverages(scored),
            DisputesAccepted = held.Sum(r => r.DisputesAccepted),
            Calibration = CalibrationOf(closed),
        };
    }

    private static Dictionary<string, double> DimensionAverages(IReadOnlyList<AgentConversationRecord> scored)
    {
        var averages = new Dictionary<string, double>(StringComparer.Ordinal);
        if (scored.Count == 0)
        {
            return averages;
        }

        foreach (var dimension in Dimensions.All)
        {
            averages[dimension] = Round(scored.Average(r => r.Dimensions.GetValueOrDefault(dimension, 100)));
        }

        return averages;
    }

    private static Calibration? CalibrationOf(IReadOnlyList<AgentConversationRecord> closed)
    {
        var manual = closed.Where(r => r.ManualDimensions is not null).ToList();
        if (manual.Count == 0)
        {
            return null;
        }

        var differences = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var dimension in Dimensions.All)
        {
            var pairs = manual.Where(r => r.ManualDimensions!.ContainsKey(dimension)).ToList();
            if (pairs.Count > 0)
            {
                differences[dimension] = Round(pairs.Average(r =>
                    Math.Abs(r.Dimensions.GetValueOrDefault(dimension, 100) - r.ManualDimensions![dimension])));
            }
        }

        var totals = manual.Where(r => r.ManualScore is not null && r.Score is not null).ToList();
        return new Calibration
        {
            Conversations = manual.Count,
            MeanAbsoluteDifference = differences,
            TotalMeanAbsoluteDifference = totals.Count == 0 ? null : Round(totals.Average(r => Math.Abs(r.Score!.Value - r.ManualScore!.Value))),
        };
    }

    private static double? Pct(int part, int whole) => whole == 0 ? null : Round(100.0 * part / whole);

    private static double Round(double value) => Math.Round(value, 1);
}
