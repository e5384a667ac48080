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
        var sink = new AccumulatingSink(_table, _weights, sums, stackalloc uint[AccumulatingSink.Pending], stackalloc int[AccumulatingSink.Pending]);
        TextFeaturizer.Featurize(text, ref sink);
        sink.Flush();
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

    /// <summary>
    /// Adds up the weight rows of a text's features. The table (about 14 MB for the shipped models) is far bigger than
    /// a core's own caches and, in a busy server, mostly out of the shared one; a lookup made as each feature arrives
    /// waits for its entry's cache line and then its row's, one feature after another. Features are therefore gathered
    /// in groups: every entry of a group is requested before the first is read, then every row, so the waits overlap
    /// (the dialogue corpus with the caches flushed between messages: 3.1–3.3 µs per message for the three models
    /// instead of 7.2–7.9 µs). Rows are added in the order the features came, so the sums are exactly those of one
    /// lookup at a time.
    /// </summary>
    private ref struct AccumulatingSink(FeatureTable table, float[] weights, Span<float> sums, Span<uint> keys, Span<int> slots) : IFeatureSink
    {
        public const int Pending = 64;

        private readonly Span<float> _sums = sums;
        private readonly Span<uint> _keys = keys;
        private readonly Span<int> _slots = slots;
        private int _pending;

        public int Count { get; private set; }

        public void Add(uint feature)
        {
            Count++;
            _keys[_pending] = feature;
            _slots[_pending] = table.Start(feature);
            if (++_pending == Pending)
            {
                Flush();
            }
        }

        public void Flush()
        {
            int classes = _sums.Length;
            Span<int> rows = _slots[.._pending];
            for (int i = 0; i < rows.Length; i++)
            {
                int row = table.FindFrom(rows[i], _keys[i]);
                rows[i] = row;
                if (row >= 0)
                {
                    int first = row * classes;
                    CacheLines.Prefetch(ref weights[first]);
                    CacheLines.Prefetch(ref weights[first + classes - 1]);
                }
            }

            foreach (int row in rows)
            {
                if (row < 0)
                {
                    continue;
                }

                ReadOnlySpan<float> w = weights.AsSpan(row * classes, classes);
                for (int k = 0; k < w.Length; k++)
                {
                    _sums[k] += w[k];
                }
            }

            _pending = 0;
        }
    }
}
