using Realtime.Scoring.Text;

namespace Realtime.Scoring.Tests.Text;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("HELLO World", "hello world")]
    [InlineData("ＡＢＣ１２３", "abc123")]
    [InlineData("全網最低價", "全网最低价")]
    [InlineData("這個產品質量怎麼樣", "这个产品质量怎么样")]
    [InlineData("你好\u3000世界", "你好 世界")]
    [InlineData("已经简体的文字", "已经简体的文字")]
    [InlineData("Désolé, Rücksendung, DEVOLUCIÓN, garçon, año", "desole, rucksendung, devolucion, garcon, ano")]
    [InlineData("c’est de l‘arnaque", "c'est de l'arnaque")]
    [InlineData("Straße, Æsop, Øre", "straße, æsop, øre")]
    public void Folds_case_width_and_traditional_characters(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input));
    }

    [Fact]
    public void Keeps_one_unit_per_unit_including_surrogate_pairs()
    {
        var input = "Ａ說😀𠀀z";
        var normalized = TextNormalizer.Normalize(input);

        Assert.Equal(input.Length, normalized.Length);
        Assert.Equal("😀𠀀", normalized.Substring(2, 4));
    }

    [Fact]
    public void Table_loads_thousands_of_opencc_mappings()
    {
        Assert.Equal('说', TextNormalizer.Fold('說'));
        Assert.True(TraditionalChineseTable.MappingCount > 2500, $"only {TraditionalChineseTable.MappingCount} mappings loaded");
    }

    [Fact]
    public void Destination_shorter_than_source_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => TextNormalizer.Normalize("abc", new char[2]));
    }
}
