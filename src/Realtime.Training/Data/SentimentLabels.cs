namespace Realtime.Training.Data;

/// <summary>Labels of the sentiment and complaint heads.</summary>
public static class SentimentLabels
{
    public static readonly IReadOnlyList<string> All = ["negative", "neutral", "positive"];

    public static readonly IReadOnlyList<string> Complaint = ["none", "complaint"];
}
