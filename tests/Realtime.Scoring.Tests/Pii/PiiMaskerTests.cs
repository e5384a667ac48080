using Realtime.Scoring.Pii;
using Realtime.Scoring.Text;

namespace Realtime.Scoring.Tests.Pii;

public class PiiMaskerTests
{
    private static string Mask(string text)
    {
        var matches = new List<PiiMatch>();
        var normalized = TextNormalizer.Normalize(text);
        PiiDetector.FindAll(text, normalized, matches);
        return PiiMasker.Mask(text, normalized, matches);
    }

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("电话 +86 138 1234 5678", "电话 +86 138 **** 5678")]
    [InlineData("card 6222 0202 0011 2233 446", "card 6222 **** **** ***3 446")]
    [InlineData("4111-1111-1111-1111", "4111-****-****-1111")]
    [InlineData("11010519491231002X", "110***********002X")]
    [InlineData("alice@example.com", "a****@example.com")]
    [InlineData("a@x.com", "a@x.com")]
    [InlineData("北京市朝阳区建国路88号", "北京市朝********")]
    public void Masks_keep_length_and_the_recognisable_ends(string text, string expected)
    {
        var masked = Mask(text);

        Assert.Equal(expected, masked);
        Assert.Equal(text.Length, masked.Length);
    }

    [Fact]
    public void Text_without_personal_data_comes_back_as_the_same_instance()
    {
        const string text = "你好，请问什么时候发货";

        Assert.Same(text, Mask(text));
    }
}
