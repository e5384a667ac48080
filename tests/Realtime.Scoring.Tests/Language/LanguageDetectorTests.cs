using Realtime.Scoring.Language;

namespace Realtime.Scoring.Tests.Language;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData("你好", "zh")]
    [InlineData("我的快递三天了还没到，怎么回事？", "zh")]
    [InlineData("我的iPhone 15 Pro Max屏幕坏了", "zh")]
    [InlineData("這個產品質量怎麼樣", "zh")]
    [InlineData("ありがとう", "ja")]
    [InlineData("注文した商品がまだ届いていません。", "ja")]
    [InlineData("当店は日本一安いです", "ja")]
    [InlineData("好的ヾ ^_^ 谢谢啊", "zh")]
    [InlineData("不好意思给您添麻烦了呢(づ￣[数字x]￣)づ╭❤~", "zh")]
    [InlineData("배송이 늦어요", "ko")]
    [InlineData("Where is my order?", "en")]
    [InlineData("I ordered a jacket two weeks ago and it still has not arrived, can you check the tracking please?", "en")]
    [InlineData("Wo ist meine Bestellung?", "de")]
    [InlineData("Ich habe die Jacke vor zwei Wochen bestellt und sie ist immer noch nicht angekommen.", "de")]
    [InlineData("Où est ma commande ?", "fr")]
    [InlineData("J'ai commandé une veste il y a deux semaines et elle n'est toujours pas arrivée.", "fr")]
    [InlineData("¿Dónde está mi pedido?", "es")]
    [InlineData("Waar is mijn bestelling? Ik wacht al een week.", "nl")]
    [InlineData("Dov'è il mio ordine? Lo aspetto da una settimana.", "it")]
    [InlineData("Pedí una chaqueta hace dos semanas y todavía no ha llegado.", "es")]
    [InlineData("Onde está a minha encomenda? Estou à espera há uma semana.", "pt")]
    public void Detects_the_language(string text, string expected)
    {
        Assert.Equal(expected, LanguageDetector.Detect(text));
    }

    [Fact]
    public void Every_language_given_to_lingua_has_its_models_in_the_output()
    {
        // The build ships only the models listed in Realtime.Scoring.csproj; a language added to the detector alone fails here.
        var models = Path.Combine(AppContext.BaseDirectory, "Lingua", "LanguageModels");
        var missing = LanguageDetector.LinguaModelCodes
            .SelectMany(code => new[] { "unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams" }.Select(n => Path.Combine(code, $"{n}.json.br")))
            .Where(file => !File.Exists(Path.Combine(models, file)))
            .ToList();

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ok")]
    [InlineData("12345 ??")]
    [InlineData("👍👍")]
    public void Too_little_text_is_undetermined(string text)
    {
        Assert.Equal(LanguageDetector.Undetermined, LanguageDetector.Detect(text));
    }
}
