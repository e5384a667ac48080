using Realtime.Scoring.Models;

namespace Realtime.Training.Tests;

public sealed class FeaturizerTests
{
    [Fact]
    public void Chinese_text_gives_character_unigrams_bigrams_and_trigrams()
    {
        Assert.Equal(3 + 2 + 1, Features("快递到").Count);
    }

    [Fact]
    public void Latin_text_gives_word_unigrams_and_bigrams()
    {
        Assert.Equal(3 + 2, Features("where is it").Count);
    }

    [Fact]
    public void Case_width_and_digits_do_not_change_features()
    {
        Assert.Equal(Features("Order 123 ＯＫ"), Features("order 999 ok"));
    }

    [Fact]
    public void Punctuation_is_a_feature_of_its_own()
    {
        Assert.Single(Features("?"));
        Assert.NotEqual(Features("?"), Features("!"));
    }

    private static List<uint> Features(string text)
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
