namespace Realtime.Contracts.Conversations;

public sealed record MoodPoint(DateTimeOffset At, string EventId, string Sentiment, double Confidence);
