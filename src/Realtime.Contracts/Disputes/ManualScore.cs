namespace Realtime.Contracts.Disputes;

/// <summary>A QA user's own score of a conversation (calibration against the automatic one).</summary>
public sealed record ManualScore
{
    public IReadOnlyDictionary<string, double> Dimensions { get; init; } = new Dictionary<string, double>();

    /// <summary>Weighted with the scorecard's weights; null unless every weighted dimension was scored.</summary>
    public double? Total { get; init; }
    public required string ScoredBy { get; init; }
    public required DateTimeOffset ScoredAt { get; init; }
    public string? Note { get; init; }
}
