namespace Realtime.Contracts.Reports;

/// <summary>
/// Agreement between automatic and manual (QA) scores over the conversations a QA user scored by hand: the mean
/// absolute difference per dimension and of the weighted total, in points (0 = perfect agreement).
/// </summary>
public sealed record Calibration
{
    public int Conversations { get; init; }
    public IReadOnlyDictionary<string, double> MeanAbsoluteDifference { get; init; } = new Dictionary<string, double>();
    public double? TotalMeanAbsoluteDifference { get; init; }
}
