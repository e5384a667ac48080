using Realtime.Scoring.Models;

namespace Realtime.Training.Tests;

public sealed class FeaturizerTests
{
    [Fact]
    public void Chinese_text_gives_character_unigrams_bigrams_and_trigrams()
    {
        Assert.Equal(3 + 2 + 1, FeatureList.Of("快递到").Count);
    }

    [Fact]
    public void Latin_text_gives_word_unigrams_and_bigrams()
    {
        Assert.Equal(3 + 2, FeatureList.Of("where is it").Count);
    }

    [Fact]
    public void Case_width_and_digits_do_not_change_features()
    {
        Assert.Equal(FeatureList.Of("Order 123 ＯＫ"), FeatureList.Of("order 999 ok"));
    }

    [Fact]
    public void Punctuation_is_a_feature_of_its_own()
    {
        Assert.Single(FeatureList.Of("?"));
        Assert.NotEqual(FeatureList.Of("?"), FeatureList.Of("!"));
    }
}
