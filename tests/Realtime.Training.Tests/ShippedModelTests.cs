using Realtime.Scoring.Models;
using Realtime.Training.Data;

namespace Realtime.Training.Tests;

/// <summary>The model committed under src/Realtime.Server/Models, as a fresh clone has it.</summary>
public sealed class ShippedModelTests
{
    private static readonly ShippedTextModels Models = ShippedTextModels.Load(DataLocations.ShippedModels());

    [Fact]
    public void Chinese_complaint_threat_is_negative_with_high_risk()
    {
        TextPrediction p = Models.Predict("太差了，我要投诉");

        Assert.Equal("negative", p.Sentiment);
        Assert.True(p.ComplaintRisk > 0.8, $"risk {p.ComplaintRisk}");
    }

    [Fact]
    public void Chinese_delivery_question_is_logistics()
    {
        TextPrediction p = Models.Predict("快递什么时候到");

        Assert.Equal("logistics", p.Topic);
        Assert.True(p.ComplaintRisk < 0.5, $"risk {p.ComplaintRisk}");
    }

    [Theory]
    [InlineData("I want a refund for this broken item, return it", "refund_return")]
    [InlineData("can I get an invoice for my payment", "payment_invoice")]
    [InlineData("where is my package, tracking has not moved", "logistics")]
    public void English_requests_get_their_topic(string text, string topic)
    {
        Assert.Equal(topic, Models.Predict(text).Topic);
    }

    [Theory]
    [InlineData("thank you so much, great help", "positive")]
    [InlineData("this is the worst service, I'm furious", "negative")]
    [InlineData("质量很好，非常满意", "positive")]
    public void Obvious_mood_is_recognised(string text, string sentiment)
    {
        Assert.Equal(sentiment, Models.Predict(text).Sentiment);
    }

    [Fact]
    public void Predictions_are_probabilities_for_any_input()
    {
        foreach (string text in new[] { "", " ", "?", "😀😀", new string('好', 8000) })
        {
            TextPrediction p = Models.Predict(text);
            Assert.InRange(p.SentimentConfidence, 1.0 / 3, 1.0);
            Assert.InRange(p.TopicConfidence, 1.0 / 8, 1.0);
            Assert.InRange(p.ComplaintRisk, 0.0, 1.0);
        }
    }

    [Fact]
    public void Scoring_from_many_threads_gives_the_same_answers()
    {
        string[] texts = ["太差了，我要投诉", "快递什么时候到", "ok thanks", "where is my refund?"];
        TextPrediction[] expected = texts.Select(Models.Predict).ToArray();

        Parallel.For(0, 2_000, i => Assert.Equal(expected[i % texts.Length], Models.Predict(texts[i % texts.Length])));
    }
}
