using Realtime.Scoring.Models;

namespace Realtime.Training.Tests;

/// <summary>The model's grouped table lookups against the plain definition: one feature at a time, in text order.</summary>
public sealed class LinearTextModelTests
{
    private static readonly TextModelHead[] Heads = [new("mood", ["a", "b", "c"]), new("risk", ["no", "yes"])];

    [Theory]
    [InlineData("")]
    [InlineData("快")]
    [InlineData("where is my parcel")]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(300)]
    public void Scores_are_exactly_those_of_one_lookup_per_feature(object input)
    {
        string text = input as string ?? TextOfFeatures((int)input);
        List<uint> features = FeatureList.Of(text);
        // Every other distinct feature is known to the model, so lookups that miss are interleaved with hits.
        uint[] known = [.. features.Distinct().Where((_, i) => i % 2 == 0)];
        var random = new Random(7);
        int classes = Heads.Sum(h => h.Labels.Count);
        float[] weights = [.. Enumerable.Range(0, known.Length * classes).Select(_ => (float)(random.NextDouble() - 0.5))];
        float[] biases = [.. Enumerable.Range(0, classes).Select(_ => (float)random.NextDouble())];
        var model = new LinearTextModel(Heads, known, weights, biases);

        var actual = new float[classes];
        model.Score(text, actual);

        Assert.Equal(Reference(text, known, weights, biases), actual);
    }

    [Theory]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(300)]
    public void Test_texts_have_the_feature_counts_asked_for(int count)
    {
        Assert.Equal(count, FeatureList.Of(TextOfFeatures(count)).Count);
    }

    /// <summary>
    /// Distinct Chinese characters (n of them give n + (n-1) + (n-2) features), then punctuation marks, each a feature
    /// of its own, to make up the count.
    /// </summary>
    private static string TextOfFeatures(int count)
    {
        int n = 1;
        while ((3 * (n + 1)) - 3 <= count)
        {
            n++;
        }

        var text = new System.Text.StringBuilder();
        for (int i = 0; i < n; i++)
        {
            text.Append((char)('一' + i));
        }

        const string marks = "?!？！";
        for (int i = FeatureList.Of(text.ToString()).Count; i < count; i++)
        {
            text.Append(marks[i % marks.Length]);
        }

        return text.ToString();
    }

    private static float[] Reference(string text, uint[] known, float[] weights, float[] biases)
    {
        int classes = biases.Length;
        var rows = known.Select((f, row) => (f, row)).ToDictionary(x => x.f, x => x.row);
        var sums = new float[classes];
        List<uint> features = FeatureList.Of(text);
        foreach (uint feature in features)
        {
            if (rows.TryGetValue(feature, out int row))
            {
                for (int k = 0; k < classes; k++)
                {
                    sums[k] += weights[(row * classes) + k];
                }
            }
        }

        float scale = features.Count == 0 ? 0f : 1f / MathF.Sqrt(features.Count);
        for (int k = 0; k < classes; k++)
        {
            sums[k] = (sums[k] * scale) + biases[k];
        }

        int offset = 0;
        foreach (TextModelHead head in Heads)
        {
            Softmax(sums.AsSpan(offset, head.Labels.Count));
            offset += head.Labels.Count;
        }

        return sums;
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
}
