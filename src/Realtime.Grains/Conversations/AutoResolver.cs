using Realtime.Contracts.Alerts;
using Realtime.Contracts.Events;
using Realtime.Grains.Incidents;

namespace Realtime.Grains.Conversations;

/// <summary>
/// Which of a conversation's raised conditions no longer apply, and why: an SLA warning once its wait is answered or
/// has breached, a breach once answered, negative mood once it recovers, everything but compliance findings once the
/// conversation closes well. Compliance findings (PII, banned terms, rude language) never resolve themselves.
/// </summary>
public static class AutoResolver
{
    private static readonly string[] Compliance = ["banned.term", "rude.language", "pii.leak"];

    /// <summary>Raised at close, about the close itself: closing well does not answer them.</summary>
    private static readonly string[] AboutTheClose = ["missing.disclosure", "qa.low.score"];

    /// <param name="raised">Conditions raised so far (local keys, as <see cref="ConditionDetector"/> makes them).</param>
    public static List<SystemResolution> Resolutions(ConversationFacts facts, IReadOnlyList<StoredEvent> events, IEnumerable<string> raised, double qaLowScoreThreshold)
    {
        var keys = raised.ToHashSet(StringComparer.Ordinal);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var wait in facts.Waits)
        {
            var answered = wait.AnsweredAt is not null;
            var warning = $"sla.warning:{wait.StartEventId}";
            var breach = $"sla.breach:{wait.StartEventId}";
            if (keys.Contains(warning))
            {
                if (answered)
                {
                    result[warning] = AutoResolveReasons.Answered;
                }
                else if (keys.Contains(breach))
                {
                    result[warning] = AutoResolveReasons.SupersededByBreach;
                }
            }

            if (answered && keys.Contains(breach))
            {
                result[breach] = AutoResolveReasons.Answered;
            }
        }

        if (keys.Contains("negative.sentiment") && MoodRecovered(events))
        {
            result["negative.sentiment"] = AutoResolveReasons.MoodRecovered;
        }

        if (facts.IsClosed && facts.Scorecard.Total >= qaLowScoreThreshold && !keys.Any(IsCompliance))
        {
            foreach (var key in keys.Where(k => !AboutTheClose.Contains(KindOf(k), StringComparer.Ordinal)))
            {
                result[key] = AutoResolveReasons.ClosedWell;
            }
        }

        return [.. result.Select(r => new SystemResolution(r.Key, r.Value))];
    }

    public static bool IsCompliance(string key) => Compliance.Contains(KindOf(key), StringComparer.Ordinal);

    /// <summary>The customer's last two rated messages are neither negative (the rule that raised it needs two of three).</summary>
    private static bool MoodRecovered(IReadOnlyList<StoredEvent> events)
    {
        var calm = 0;
        for (var i = events.Count - 1; i >= 0 && calm < 2; i--)
        {
            var e = events[i];
            if (e.Sender != Senders.Customer || e.Analysis?.Sentiment is not { } sentiment)
            {
                continue;
            }

            if (sentiment == "negative")
            {
                return false;
            }

            calm++;
        }

        return calm == 2;
    }

    private static string KindOf(string key)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? key : key[..colon];
    }
}
