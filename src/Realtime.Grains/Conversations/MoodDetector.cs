using Realtime.Contracts.Alerts;
using Realtime.Contracts.Events;
using Realtime.Contracts.Scoring;
using Realtime.Contracts.Texts;

namespace Realtime.Grains.Conversations;

/// <summary>
/// <c>negative.sentiment</c>: two of the customer's last three scored messages negative (confidence ≥ 0.95), the last one
/// among them — whether the mood turned or the customer was upset from the first message. Short closings and
/// acknowledgements are neutral to the model, so "没了" after a bad start does not keep it going.
/// </summary>
public static class MoodDetector
{
    public const string Key = "negative.sentiment";
    private const double MinConfidence = 0.95;

    public static AlertCondition? Condition(IReadOnlyList<StoredEvent> events, string? agent)
    {
        var (older, previous, last) = (false, false, false);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Sender != Senders.Customer || e.Analysis?.Sentiment is not { } sentiment)
            {
                continue;
            }

            (older, previous, last) = (previous, last, sentiment == "negative" && (e.Analysis.SentimentConfidence ?? 0) >= MinConfidence);
            if (last && (older ? 1 : 0) + (previous ? 1 : 0) >= 1)
            {
                return new AlertCondition(Key, AlertKinds.NegativeSentiment, Severities.Warning, RuleIds.NegativeMood,
                    Text.Of("alert.negativeMood"),
                    ScorecardCalculator.Excerpt(e.Analysis.MaskedText), agent, e.OccurredAt,
                    Text.Of("hint.negativeMood"));
            }
        }

        return null;
    }
}
