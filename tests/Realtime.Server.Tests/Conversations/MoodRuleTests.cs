using FsCheck;
using FsCheck.Fluent;
using Realtime.Contracts.Events;
using Realtime.Contracts.Scoring;
using Realtime.Grains.Conversations;
using Realtime.Scoring.Rulesets;

namespace Realtime.Server.Tests.Conversations;

/// <summary>
/// The mood alert: two of the last three customer messages negative, the last among them — turned so or upset from the
/// start — or a third negative customer message anywhere in the conversation.
/// </summary>
public sealed class MoodRuleTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("+--", true)]
    [InlineData("---", true)]
    [InlineData("--", true)]
    [InlineData("-+", false)]
    [InlineData("+-+-", true)]
    [InlineData("-+--", true)]
    [InlineData("+--+", true)]
    [InlineData("++-+", false)]
    [InlineData("+-", false)]
    [InlineData("+-++-++-", true)]
    [InlineData("+-++-++", false)]
    public void The_mood_turns_or_starts_and_stays_bad(string moods, bool raised)
    {
        Assert.Equal(raised, Raised(moods));
    }

    [Fact]
    public void Any_run_of_moods_raises_when_some_prefix_ends_negative_with_two_of_its_last_three_or_three_in_all()
    {
        Prop.ForAll(
            Gen.Elements('+', '-').ArrayOf().Select(cs => new string(cs)).ToArbitrary(),
            moods => Raised(moods) == Expected(moods)).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_mood_trajectory_has_a_point_per_scored_customer_message_in_event_order()
    {
        StoredEvent Message(string id, int second, string sender, string? sentiment) => new()
        {
            EventId = id,
            Type = EventTypes.Message,
            OccurredAt = T0.AddSeconds(second),
            Sender = sender,
            Analysis = new MessageAnalysis { MaskedText = "…", Sentiment = sentiment, SentimentConfidence = 0.12345 },
        };
        var events = new List<StoredEvent>
        {
            Message("c-1", 0, Senders.Customer, "neutral"),
            Message("a-1", 1, Senders.Agent, null),
            Message("c-2", 2, Senders.Customer, null),
            Message("c-3", 3, Senders.Customer, "negative"),
            new() { EventId = "close", Type = EventTypes.ConversationClosed, OccurredAt = T0.AddSeconds(4) },
        };

        var mood = ConversationViews.Mood(events);

        Assert.Equal(["c-1", "c-3"], mood.Select(p => p.EventId));
        Assert.Equal(["neutral", "negative"], mood.Select(p => p.Sentiment));
        Assert.Equal(T0.AddSeconds(3), mood[1].At);
        Assert.Equal(0.123, mood[1].Confidence);
    }

    /// <summary>The rule read literally, on every prefix of the conversation (every negative here is confident enough for both parts).</summary>
    private static bool Expected(string moods) => Enumerable.Range(2, Math.Max(0, moods.Length - 1)).Any(n =>
        moods[n - 1] == '-' && (moods[Math.Max(0, n - 3)..n].Count(c => c == '-') >= 2 || moods[..n].Count(c => c == '-') >= 3));

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
                SentimentConfidence = 0.97,
            },
        }).ToList();
        var conditions = ConditionDetector.Detect(events, [], [], new HashSet<string>(), new Contracts.Conversations.Scorecard(), "a-1", false, DefaultRulesets.For("s"));
        return conditions.Exists(c => c.Key == "negative.sentiment");
    }
}
