using Realtime.Contracts.Alerts;
using Realtime.Contracts.Events;
using Realtime.Contracts.Scoring;
using Realtime.Contracts.Texts;

namespace Realtime.Grains.Conversations;

/// <summary>
/// <c>negative.sentiment</c>: two of the customer's last three scored messages negative (confidence ≥ 0.95), the last one
/// among them — whether the mood turned or the customer was upset from the first message — or, judged over the whole
/// conversation, a third customer message negative with confidence ≥ 0.9 (upset across the chat, calmer turns between).
/// Short closings and acknowledgements are neutral to the model, so "没了" after a bad start does not keep it going.
/// </summary>
public static class MoodDetector
{
    public const string Key = "negative.sentiment";
    private const double MinConfidence = 0.95;

    /// <summary>This many negative customer messages (at <see cref="SpreadConfidence"/>) anywhere in the conversation also count.</summary>
    private const int SpreadMessages = 3;
    private const double SpreadConfidence = 0.9;

    public static AlertCondition? Condition(IReadOnlyList<StoredEvent> events, string? agent)
    {
        var (older, previous, last) = (false, false, false);
        var negatives = 0;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Sender != Senders.Customer || e.Analysis?.Sentiment is not { } sentiment)
            {
                continue;
            }

            var confidence = sentiment == "negative" ? e.Analysis.SentimentConfidence ?? 0 : 0;
            (older, previous, last) = (previous, last, confidence >= MinConfidence);
            negatives += confidence >= SpreadConfidence ? 1 : 0;
            if ((last && (older ? 1 : 0) + (previous ? 1 : 0) >= 1) || (confidence >= SpreadConfidence && negatives >= SpreadMessages))
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
