namespace Realtime.LoadTests.Report;

/// <summary>Nearest-rank percentiles of a sample.</summary>
public sealed class Percentiles
{
    private readonly double[] _sorted;

    public Percentiles(IEnumerable<double> values) => _sorted = [.. values.Order()];

    public int Count => _sorted.Length;

    public double? At(double percent) =>
        _sorted.Length == 0 ? null : _sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * _sorted.Length) - 1, 0, _sorted.Length - 1)];

    public static string Ms(double? value) => value is { } v ? $"{v:0}" : "-";
}
