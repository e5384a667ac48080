namespace Realtime.Scoring.Models;

/// <summary>
/// Several linear soft-max classifiers over the features of <see cref="TextFeaturizer"/>, sharing one feature table,
/// so one pass over the text scores every head. A feature occurring c times in a text with m feature occurrences in all
/// has the value c / sqrt(m) — the same value the trainer saw. Unknown features count in m too, so dropping all-zero
/// weight rows from a file never changes a score. Immutable and therefore thread-safe.
/// </summary>
public sealed class LinearTextModel
{
    private readonly FeatureTable _table;
    private readonly float[] _weights;
    private readonly float[] _biases;
    private readonly int[] _headOffsets;

    public LinearTextModel(IReadOnlyList<TextModelHead> heads, uint[] features, float[] weights, float[] biases)
    {
        Heads = heads;
        Features = features;
        _headOffsets = new int[heads.Count + 1];
        for (int i = 0; i < heads.Count; i++)
        {
            _headOffsets[i + 1] = _headOffsets[i] + heads[i].Labels.Count;
        }

        ClassCount = _headOffsets[^1];
        if (biases.Length != ClassCount || weights.Length != features.Length * ClassCount)
        {
            throw new ArgumentException(
                $"Expected {ClassCount} biases and {features.Length * ClassCount} weights, got {biases.Length} and {weights.Length}.");
        }

        _table = new FeatureTable(features);
        _weights = weights;
        _biases = biases;
    }

    public IReadOnlyList<TextModelHead> Heads { get; }

    /// <summary>All heads' labels laid end to end: the length of the span <see cref="Score"/> fills.</summary>
    public int ClassCount { get; }

    internal uint[] Features { get; }

    internal ReadOnlySpan<float> Weights => _weights;

    internal ReadOnlySpan<float> Biases => _biases;

    /// <summary>First column of head <paramref name="head"/> in the span <see cref="Score"/> fills.</summary>
    public int HeadOffset(int head) => _headOffsets[head];

    /// <summary>Writes each head's class probabilities into <paramref name="probabilities"/> (length <see cref="ClassCount"/>).</summary>
    public void Score(ReadOnlySpan<char> text, Span<float> probabilities)
    {
        if (probabilities.Length < ClassCount)
        {
            throw new ArgumentException($"Need room for {ClassCount} values.", nameof(probabilities));
        }

        Span<float> sums = probabilities[..ClassCount];
        sums.Clear();
        var sink = new AccumulatingSink(_table, _weights, sums);
        TextFeaturizer.Featurize(text, ref sink);
        float scale = sink.Count == 0 ? 0f : 1f / MathF.Sqrt(sink.Count);
        for (int k = 0; k < sums.Length; k++)
        {
            sums[k] = (sums[k] * scale) + _biases[k];
        }

        for (int head = 0; head < Heads.Count; head++)
        {
            Softmax(sums[_headOffsets[head].._headOffsets[head + 1]]);
        }
    }

    private static void Softmax(Span<float> values)
    {
        float max = float.NegativeInfinity;
        foreach (float v in values)
        {
            max = MathF.Max(max, v);
        }

        float total = 0;
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = MathF.Exp(values[i] - max);
            total += values[i];
        }

        for (int i = 0; i < values.Length; i++)
        {
            values[i] /= total;
        }
    }

    private ref struct AccumulatingSink(FeatureTable table, float[] weights, Span<float> sums) : IFeatureSink
    {
        private readonly Span<float> _sums = sums;

        public int Count { get; private set; }

        public void Add(uint feature)
        {
            Count++;
            int row = table.Find(feature);
            if (row < 0)
            {
                return;
            }

            ReadOnlySpan<float> w = weights.AsSpan(row * _sums.Length, _sums.Length);
            for (int k = 0; k < w.Length; k++)
            {
                _sums[k] += w[k];
            }
        }
    }
}
