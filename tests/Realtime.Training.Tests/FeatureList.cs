using Realtime.Scoring.Models;

namespace Realtime.Training.Tests;

/// <summary>The features <see cref="TextFeaturizer"/> finds in a text, in the order it finds them.</summary>
internal static class FeatureList
{
    public static List<uint> Of(string text)
    {
        var sink = new ListSink([]);
        TextFeaturizer.Featurize(text, ref sink);
        return sink.Items;
    }

    private readonly struct ListSink(List<uint> items) : IFeatureSink
    {
        public List<uint> Items => items;

        public void Add(uint feature) => items.Add(feature);
    }
}
