using Realtime.Scoring.Models;

namespace Realtime.Training.Learning;

/// <summary>
/// The features the trainers see: every hashed n-gram occurring in at least <c>minDocuments</c> training texts,
/// capped at the most frequent <c>maxFeatures</c>, numbered by (document frequency desc, hash asc) so the same
/// texts always give the same columns.
/// </summary>
public sealed class Vocabulary
{
    private readonly Dictionary<uint, int> _columns;

    private Vocabulary(uint[] features)
    {
        Features = features;
        _columns = new Dictionary<uint, int>(features.Length);
        for (int i = 0; i < features.Length; i++)
        {
            _columns.Add(features[i], i);
        }
    }

    public uint[] Features { get; }

    public int Count => Features.Length;

    public static Vocabulary Build(IEnumerable<string> texts, int minDocuments, int maxFeatures)
    {
        var documentFrequency = new Dictionary<uint, int>();
        var seen = new HashSet<uint>();
        foreach (string text in texts)
        {
            seen.Clear();
            var sink = new SetSink(seen);
            TextFeaturizer.Featurize(text, ref sink);
            foreach (uint feature in seen)
            {
                documentFrequency[feature] = documentFrequency.GetValueOrDefault(feature) + 1;
            }
        }

        uint[] features = documentFrequency
            .Where(pair => pair.Value >= minDocuments)
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key)
            .Take(maxFeatures)
            .Select(pair => pair.Key)
            .ToArray();
        return new Vocabulary(features);
    }

    /// <summary>The sparse feature vector of a text: sorted column indices and values c / sqrt(m), see <see cref="LinearTextModel"/>.</summary>
    public (int[] Indices, float[] Values) Vectorize(string text)
    {
        var counts = new Dictionary<int, int>();
        var sink = new CountingSink(_columns, counts);
        TextFeaturizer.Featurize(text, ref sink);
        int[] indices = counts.Keys.Order().ToArray();
        var values = new float[indices.Length];
        float scale = sink.Total == 0 ? 0f : 1f / MathF.Sqrt(sink.Total);
        for (int i = 0; i < indices.Length; i++)
        {
            values[i] = counts[indices[i]] * scale;
        }

        return (indices, values);
    }

    private readonly struct SetSink(HashSet<uint> seen) : IFeatureSink
    {
        public void Add(uint feature) => seen.Add(feature);
    }

    private struct CountingSink(Dictionary<uint, int> columns, Dictionary<int, int> counts) : IFeatureSink
    {
        public int Total { get; private set; }

        public void Add(uint feature)
        {
            Total++;
            if (columns.TryGetValue(feature, out int column))
            {
                counts[column] = counts.GetValueOrDefault(column) + 1;
            }
        }
    }
}
