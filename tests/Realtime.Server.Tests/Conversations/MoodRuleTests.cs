using FsCheck;
using FsCheck.Fluent;
using Realtime.Contracts.Events;
using Realtime.Contracts.Scoring;
using Realtime.Grains.Conversations;
using Realtime.Scoring.Rulesets;

namespace Realtime.Server.Tests.Conversations;

/// <summary>The mood alert: two of the last three customer messages negative, after at least one before them that was not.</summary>
public sealed class MoodRuleTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("+--", true)]
    [InlineData("---", false)]
    [InlineData("+-+-", true)]
    [InlineData("-+--", true)]
    [InlineData("+--+", true)]
    [InlineData("++-+", false)]
    [InlineData("+-", false)]
    public void The_mood_turns_and_stays_bad(string moods, bool raised)
    {
        Assert.Equal(raised, Raised(moods));
    }

    [Fact]
    public void Any_run_of_moods_raises_when_some_prefix_ends_negative_with_two_of_its_last_three_after_a_calm_one()
    {
        Prop.ForAll(
            Gen.Elements('+', '-').ArrayOf().Select(cs => new string(cs)).ToArbitrary(),
            moods => Raised(moods) == Expected(moods)).QuickCheckThrowOnFailure();
    }

    /// <summary>The rule read literally, on every prefix of the conversation.</summary>
    private static bool Expected(string moods) => Enumerable.Range(3, Math.Max(0, moods.Length - 2)).Any(n =>
        moods[n - 1] == '-' && moods[(n - 3)..n].Count(c => c == '-') >= 2 && moods[..(n - 2)].Contains('+'));

    private static bool Raised(string moods)
    {
        var events = moods.Select((m, i) => new StoredEvent
        {
            EventId = $"m-{i}",
            Type = EventTypes.Message,
            OccurredAt = T0.AddSeconds(i),
            Sender = Senders.Customer,
            Analysis = new MessageAnalysis
            {
                MaskedText = "…",
                Sentiment = m == '-' ? "negative" : "neutral",
                SentimentConfidence = 0.9,
            },
        }).ToList();
        var conditions = ConditionDetector.Detect(events, [], [], new HashSet<string>(), new Contracts.Conversations.Scorecard(), "a-1", false, DefaultRulesets.For("s"));
        return conditions.Exists(c => c.Key == "negative.sentiment");
    }
}
