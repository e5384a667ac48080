namespace Realtime.Scoring.Models;

/// <summary>The shipped ML.NET models (mood, complaint risk, topic) behind one thread-safe call.</summary>
public interface ITextModels
{
    TextPrediction Predict(string text);
}

public readonly record struct TextPrediction(
    string Sentiment, double SentimentConfidence, string Topic, double TopicConfidence, double ComplaintRisk);
