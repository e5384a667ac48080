using Realtime.Contracts.Reports;
using Realtime.Contracts.Scoring;
using Realtime.Grains.Agents;

namespace Realtime.Grains.Reports;

/// <summary>
/// The metrics of one group of conversation records (an agent's, a team's, a store's), in one pass. A record the agent
/// transferred away counts towards <c>conversations</c> and the transfer rate only; every quality figure belongs to the
/// agent who held the conversation last.
/// </summary>
public static class ReportRowCalculator
{
    public static ReportRow Calculate(ReportRow identity, IReadOnlyList<AgentConversationRecord> records, RepeatContactIndex repeats)
    {
        var dimensionCount = Dimensions.All.Count;
        var firsts = new List<double>();
        var dimensionSums = new double[dimensionCount];
        var manualSums = new double[dimensionCount];
        var manualCounts = new int[dimensionCount];
        int held = 0, closed = 0, handles = 0, fcrEligible = 0, fcrResolved = 0, ratings = 0, satisfied = 0;
        int waitsAnswered = 0, waitsMet = 0, violations = 0, scored = 0, disputes = 0, manual = 0, manualTotals = 0;
        double handleSum = 0, ratingSum = 0, scoreSum = 0, manualTotalSum = 0;

        foreach (var r in records)
        {
            if (r.TransferredAway)
            {
                continue;
            }

            held++;
            waitsAnswered += r.WaitsAnswered;
            waitsMet += r.WaitsMet;
            violations += r.ComplianceViolations;
            disputes += r.DisputesAccepted;
            if (r.FirstResponseSeconds is { } first)
            {
                firsts.Add(first);
            }

            if (r.Csat is { } rating)
            {
                ratings++;
                ratingSum += rating;
                satisfied += rating >= 4 ? 1 : 0;
            }

            if (r.Open)
            {
                continue;
            }

            closed++;
            if (r.HandleSeconds is { } handle)
            {
                handles++;
                handleSum += handle;
            }

            if (r.CustomerId is not null)
            {
                fcrEligible++;
                fcrResolved += repeats.HasRepeatContact(r) ? 0 : 1;
            }

            if (r.Score is { } score)
            {
                scored++;
                scoreSum += score;
                for (var d = 0; d < dimensionCount; d++)
                {
                    dimensionSums[d] += r.Dimensions.GetValueOrDefault(Dimensions.All[d], 100);
                }
            }

            if (r.ManualDimensions is { } byHand)
            {
                manual++;
                for (var d = 0; d < dimensionCount; d++)
                {
                    if (byHand.TryGetValue(Dimensions.All[d], out var value))
                    {
                        manualCounts[d]++;
                        manualSums[d] += Math.Abs(r.Dimensions.GetValueOrDefault(Dimensions.All[d], 100) - value);
                    }
                }

                if (r.ManualScore is { } manualScore && r.Score is { } autoScore)
                {
                    manualTotals++;
                    manualTotalSum += Math.Abs(autoScore - manualScore);
                }
            }
        }

        firsts.Sort();
        var transferred = records.Count - held;
        return identity with
        {
            Conversations = records.Count,
            Closed = closed,
            TransferredAway = transferred,
            FirstResponseAvgSeconds = firsts.Count == 0 ? null : Round(firsts.Average()),
            FirstResponseP90Seconds = firsts.Count == 0 ? null : Round(AgentFigures.Percentile(firsts, 0.9)),
            AverageHandleSeconds = handles == 0 ? null : Round(handleSum / handles),
            FirstContactResolutionPct = Pct(fcrResolved, fcrEligible),
            TransferRatePct = Pct(transferred, records.Count),
            CsatResponses = ratings,
            CsatAverage = ratings == 0 ? null : Math.Round(ratingSum / ratings, 2),
            CsatSatisfiedPct = Pct(satisfied, ratings),
            SlaAttainmentPct = Pct(waitsMet, waitsAnswered),
            ComplianceViolations = violations,
            ComplianceViolationsPer100 = held == 0 ? null : Round(100.0 * violations / held),
            QaScoreAverage = scored == 0 ? null : Round(scoreSum / scored),
            DimensionAverages = scored == 0
                ? new Dictionary<string, double>(StringComparer.Ordinal)
                : Enumerable.Range(0, dimensionCount).ToDictionary(d => Dimensions.All[d], d => Round(dimensionSums[d] / scored), StringComparer.Ordinal),
            DisputesAccepted = disputes,
            Calibration = manual == 0 ? null : new Calibration
            {
                Conversations = manual,
                MeanAbsoluteDifference = Enumerable.Range(0, dimensionCount).Where(d => manualCounts[d] > 0)
                    .ToDictionary(d => Dimensions.All[d], d => Round(manualSums[d] / manualCounts[d]), StringComparer.Ordinal),
                TotalMeanAbsoluteDifference = manualTotals == 0 ? null : Round(manualTotalSum / manualTotals),
            },
        };
    }

    private static double? Pct(int part, int whole) => whole == 0 ? null : Round(100.0 * part / whole);

    private static double Round(double value) => Math.Round(value, 1);
}
