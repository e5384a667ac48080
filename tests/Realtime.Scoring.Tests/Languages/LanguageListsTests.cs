using Realtime.Contracts.Events;
using Realtime.Scoring.Rulesets;

namespace Realtime.Scoring.Tests.Languages;

/// <summary>
/// The built-in ja, de, fr and es lists through the scorer: each sentence must hit exactly the listed lists (true
/// positives) or none (harmless look-alikes), and be detected as its language, since the lists apply per language.
/// </summary>
public class LanguageListsTests
{
    private static readonly CompiledRuleset _defaults = CompiledRuleset.Compile(DefaultRulesets.For("store-1"));

    private const string A = Senders.Agent;
    private const string C = Senders.Customer;

    internal static (string Language, string[] Lists) Score(string text, string sender, CompiledRuleset? ruleset = null)
    {
        var analysis = new MessageScorer().Score(text, sender, ruleset ?? _defaults);
        return (analysis.Language, [.. analysis.Hits.Select(h => h.List).Distinct().Order(StringComparer.Ordinal)]);
    }

    private static void AssertLists(string language, string sender, string text, string expected)
    {
        var (detected, lists) = Score(text, sender);
        Assert.Equal(language, detected);
        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal), lists);
    }

    [Theory]
    [InlineData(A, "Guten Tag, wie kann ich Ihnen helfen?", "greeting")]
    [InlineData(A, "Vielen Dank für Ihren Einkauf und einen schönen Tag noch!", "closing")]
    [InlineData(A, "Es tut mir leid, dass das Paket so spät ankam.", "apology")]
    [InlineData(A, "Bei uns bekommen Sie garantiert den besten Preis.", "banned")]
    [InlineData(A, "Das ist der beste Preis im ganzen Internet.", "banned")]
    [InlineData(A, "Unser Gerät ist Testsieger und unschlagbar günstig.", "banned")]
    [InlineData(A, "Der Hersteller ist Marktführer bei Staubsaugern.", "banned")]
    [InlineData(A, "Das ist nicht mein Problem.", "rude")]
    [InlineData(A, "Halten Sie die Klappe, das steht doch in der Beschreibung.", "dismissive,rude")]
    [InlineData(A, "Da kann ich nichts machen, wenden Sie sich an den Paketdienst.", "dismissive")]
    [InlineData(C, "Ich werde mich an die Verbraucherzentrale wenden.", "complaintThreat")]
    [InlineData(C, "Mein Anwalt wird sich bei Ihnen melden.", "complaintThreat")]
    [InlineData(C, "Ich schalte jetzt meine Anwältin ein.", "complaintThreat")]
    [InlineData(C, "Ich mache eine Rückbuchung bei meiner Bank.", "complaintThreat")]
    [InlineData(C, "Ihr seid doch alle Betrüger!", "customerAbuse")]
    [InlineData(C, "Das ist reine Abzocke, ich fühle mich verarscht.", "customerAbuse")]
    [InlineData(A, "Bitte senden Sie die Ware an unsere Rücksendeadresse, die Rücksendekosten übernehmen wir.", "disclosure.refund_return.returnAddress,disclosure.refund_return.shippingPayer,scope.refund_return.appliesWhen")]
    [InlineData(A, "Die beste Lösung für Sie wäre ein Umtausch.", "")]
    [InlineData(A, "Ihr Problem ist gelöst, das Paket ist unterwegs.", "")]
    [InlineData(A, "Der Pullover besteht aus 100% Baumwolle.", "")]
    [InlineData(A, "Das Gerät ist Testsieger laut Stiftung Warentest, Heft 05/2024.", "")]
    [InlineData(A, "Bitte nennen Sie mir Ihre Bestellnummer 48213.", "")]
    [InlineData(A, "Der Aufbau ist wirklich idiotensicher.", "")]
    [InlineData(C, "Der Preis betrug damals zwanzig Euro.", "")]
    [InlineData(C, "Ich habe das Gericht nach Ihrem Rezept gekocht.", "")]
    [InlineData(C, "Wo ist mein Paket geblieben?", "")]
    public void German(string sender, string text, string expected) => AssertLists("de", sender, text, expected);

    [Theory]
    [InlineData(A, "いらっしゃいませ、お問い合わせありがとうございます。", "greeting")]
    [InlineData(A, "ご利用ありがとうございました。今後ともよろしくお願いいたします。", "closing")]
    [InlineData(A, "ご迷惑をおかけして申し訳ございません。", "apology")]
    [InlineData(A, "この商品は業界No.1の品質です。", "banned")]
    [InlineData(A, "当店は日本一安いお店です。", "banned")]
    [InlineData(A, "最安値で販売しております。", "banned")]
    [InlineData(A, "飲むだけで絶対に治ります。", "banned")]
    [InlineData(A, "うるさいですね、自分で調べてください。", "rude")]
    [InlineData(A, "商品説明をよく読んでください。配送業者に聞いてください。", "dismissive")]
    [InlineData(C, "消費者センターに相談します。", "complaintThreat")]
    [InlineData(C, "弁護士に相談して訴えます。", "complaintThreat")]
    [InlineData(C, "カード会社に連絡してチャージバックします。", "complaintThreat")]
    [InlineData(C, "この店は詐欺だ!金返せ", "customerAbuse")]
    [InlineData(A, "返送先は下記住所です。送料は当店負担です。", "disclosure.refund_return.returnAddress,disclosure.refund_return.shippingPayer,scope.refund_return.appliesWhen")]
    [InlineData(A, "商品到着後、3営業日以内に返金処理をいたします。", "disclosure.refund_return.inspectionPeriod")]
    [InlineData(A, "来月、日本一周の旅行に出かけます。", "")]
    [InlineData(A, "こちらは綿100%のシャツです。", "")]
    [InlineData(A, "バカンスシーズンは配送が遅れることがあります。", "")]
    [InlineData(A, "わかりませんので、確認いたします。", "")]
    [InlineData(C, "カスタマーサポートの方ですか?", "")]
    [InlineData(C, "詐欺メールが届いたのですが、御社からですか?", "")]
    [InlineData(C, "やくそくの日に届きませんでした。", "")]
    [InlineData(C, "世界一周旅行のお土産を探しています。", "")]
    public void Japanese(string sender, string text, string expected) => AssertLists("ja", sender, text, expected);

    [Theory]
    [InlineData(A, "Bonjour, comment puis-je vous aider ?", "greeting")]
    [InlineData(A, "Merci pour votre achat et bonne journée !", "closing")]
    [InlineData(A, "Nous sommes désolés pour la gêne occasionnée.", "apology")]
    [InlineData(A, "Desole pour le retard de livraison.", "apology")]
    [InlineData(A, "C'est le meilleur prix garanti sur le marché.", "banned")]
    [InlineData(A, "Ce produit est le numéro 1 en France.", "banned")]
    [InlineData(A, "Une crème miracle avec des résultats garantis.", "banned")]
    [InlineData(A, "Franchement, ce n'est pas mon problème.", "rude")]
    [InlineData(A, "Je n'y peux rien, contactez le transporteur.", "dismissive")]
    [InlineData(C, "Je vais signaler votre boutique à la DGCCRF.", "complaintThreat")]
    [InlineData(C, "Je vais faire un signalement sur SignalConso.", "complaintThreat")]
    [InlineData(C, "Vous aurez bientôt des nouvelles de mon avocat.", "complaintThreat")]
    [InlineData(C, "C'est de l'arnaque pure et simple !", "customerAbuse")]
    [InlineData(C, "Bande de voleurs, c’est de l’arnaque !", "customerAbuse")]
    [InlineData(A, "Renvoyez l'article à l'adresse suivante, les frais de retour sont à notre charge.", "disclosure.refund_return.returnAddress,disclosure.refund_return.shippingPayer,scope.refund_return.appliesWhen")]
    [InlineData(A, "Nous expédions votre colis dans les meilleurs délais.", "")]
    [InlineData(A, "Ce pull est fabriqué en 100% coton.", "")]
    [InlineData(A, "Vous n'avez rien à faire, nous nous occupons de tout.", "")]
    [InlineData(A, "Le paiement est 100% sécurisé par carte.", "")]
    [InlineData(C, "Je voudrais commander un avocat bio et deux avocats mûrs.", "")]
    [InlineData(C, "Je n'arrive pas à changer la police d'écriture de la facture.", "")]
    [InlineData(A, "Je ne sais pas si la taille M vous ira, je vérifie.", "")]
    [InlineData(C, "Le colis est arrivé hier soir, merci.", "")]
    public void French(string sender, string text, string expected) => AssertLists("fr", sender, text, expected);

    [Theory]
    [InlineData(A, "¡Hola! ¿En qué puedo ayudarle?", "greeting")]
    [InlineData(A, "Gracias por su compra, que tenga un buen día.", "closing,greeting")]
    [InlineData(A, "Disculpe las molestias, lo sentimos mucho.", "apology")]
    [InlineData(A, "Perdon por el retraso del envío.", "apology")]
    [InlineData(A, "Tenemos el mejor precio garantizado de toda la web.", "banned")]
    [InlineData(A, "Es el número 1 del mercado y es 100% eficaz.", "banned")]
    [InlineData(A, "Esta crema lo cura todo, es milagrosa.", "banned")]
    [InlineData(A, "No es mi problema, me da igual.", "rude")]
    [InlineData(A, "Ni idea, hable con el transportista.", "dismissive")]
    [InlineData(C, "Voy a poner una reclamación en la OCU.", "complaintThreat")]
    [InlineData(C, "Pediré la hoja de reclamaciones y llamaré a mi abogado.", "complaintThreat")]
    [InlineData(C, "Voy a pedir un contracargo a mi banco.", "complaintThreat")]
    [InlineData(C, "Sois unos estafadores y ladrones.", "customerAbuse")]
    [InlineData(A, "Envíelo a la siguiente dirección; la devolución es gratuita.", "disclosure.refund_return.returnAddress,disclosure.refund_return.shippingPayer")]
    [InlineData(A, "No se preocupe, su pedido ya está en camino.", "")]
    [InlineData(A, "La mejor talla para usted es la M.", "")]
    [InlineData(A, "Es una camiseta de 100% algodón.", "")]
    [InlineData(A, "Pago 100% seguro con tarjeta.", "")]
    [InlineData(A, "Su número de pedido es el 48213.", "")]
    [InlineData(C, "Busco una nevera de bajo consumo.", "")]
    [InlineData(C, "¿Este modelo tiene alta demanda?", "")]
    [InlineData(C, "El paquete pesado llegó ayer por la tarde.", "")]
    [InlineData(C, "¿Cuándo llega mi pedido?", "")]
    public void Spanish(string sender, string text, string expected) => AssertLists("es", sender, text, expected);
}
