using Realtime.Scoring.Language;

namespace Realtime.Scoring.Tests.Language;

public class EnglishStopWordsTests
{
    [Theory]
    [InlineData("Where is my order?")]
    [InlineData("@AppleSupport hi, the latest ios is too slow on my iphone6 and I'm not happy with it")]
    [InlineData("My order #12345 still hasn't arrived, can you check?")]
    public void Plain_english_takes_the_shortcut(string text)
    {
        Assert.True(EnglishStopWords.LooksEnglish(text));
    }

    [Theory]
    [InlineData("Waar is mijn bestelling? Ik wacht al een week")]
    [InlineData("Où est ma commande ?")]
    [InlineData("Is das die richtige Größe?")]
    [InlineData("iPhone 15 Pro Max")]
    [InlineData("ok")]
    public void Foreign_accented_or_thin_text_goes_to_lingua(string text)
    {
        Assert.False(EnglishStopWords.LooksEnglish(text));
    }
}
