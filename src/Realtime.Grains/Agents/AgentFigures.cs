using Realtime.Contracts.Agents;
using Realtime.Grains.Time;

namespace Realtime.Grains.Agents;

/// <summary>Pure maths over an agent's records and status changes.</summary>
public static class AgentFigures
{
    public static AgentDayFigures Day(string date, IEnumerable<AgentConversationRecord> records, IReadOnlyList<StatusSpan> spans, DateTimeOffset now)
    {
        var today = records.Where(r => r.Date == date).ToList();
        var firsts = today.Where(r => r.FirstResponseSeconds is not null).Select(r => r.FirstResponseSeconds!.Value).Order().ToList();
        var scored = today.Where(r => !r.Open && r.Score is not null).ToList();
        var dayStart = DateTimeOffset.Parse(date + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var dayEnd = SaturatingTime.AddDays(dayStart, 1);
        var seconds = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var span in spans)
        {
            var from = span.From < dayStart ? dayStart : span.From;
            var to = (span.To ?? now) > dayEnd ? dayEnd : span.To ?? now;
            if (to > from)
            {
                seconds[span.Status] = Math.Round(seconds.GetValueOrDefault(span.Status) + (to - from).TotalSeconds, 1);
            }
        }

        return new AgentDayFigures
        {
            Date = date,
            Conversations = today.Count,
            Messages = today.Sum(r => r.AgentMessages),
            AverageFirstResponseSeconds = firsts.Count == 0 ? null : Math.Round(firsts.Average(), 1),
            P90FirstResponseSeconds = firsts.Count == 0 ? null : Math.Round(Percentile(firsts, 0.9), 1),
            Breaches = today.Sum(r => r.Breaches),
            Alerts = today.Sum(r => r.Alerts),
            ClosedConversations = today.Count(r => !r.Open),
            AverageQaScore = scored.Count == 0 ? null : Math.Round(scored.Average(r => r.Score!.Value), 1),
            SecondsByStatus = seconds,
        };
    }

    /// <summary>Nearest-rank percentile of an ascending list.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        var rank = (int)Math.Ceiling(p * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public static List<StatusSpan> Spans(IReadOnlyList<StatusChange> changes)
    {
        var spans = new List<StatusSpan>(changes.Count);
        for (var i = 0; i < changes.Count; i++)
        {
            spans.Add(new StatusSpan(changes[i].Status, changes[i].At, i + 1 < changes.Count ? changes[i + 1].At : null));
        }

        return spans;
    }

    /// <summary>The UTC day of <paramref name="at"/> as <c>yyyy-MM-dd</c>; the same string instance for the same day.</summary>
    public static string DateOf(DateTimeOffset at)
    {
        // Every conversation's record is re-made at every batch, and nearly all of them fall on the day asked before.
        var day = DateOnly.FromDateTime(at.UtcDateTime);
        var last = s_lastDate;
        if (last is not null && last.Day == day)
        {
            return last.Text;
        }

        var text = Reports.ReportPeriod.DateOf(day);
        s_lastDate = new DayText(day, text);
        return text;
    }

    private static DayText? s_lastDate;

    private sealed record DayText(DateOnly Day, string Text);
}
