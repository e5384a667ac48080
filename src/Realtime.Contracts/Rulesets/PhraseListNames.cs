namespace Realtime.Contracts.Rulesets;

/// <summary>Names of the phrase lists, as used in tags and rule ids (<c>phrase.banned</c>, …).</summary>
public static class PhraseListNames
{
    public const string Greeting = "greeting";
    public const string Closing = "closing";
    public const string Apology = "apology";
    public const string Banned = "banned";
    public const string Rude = "rude";
    public const string ComplaintThreat = "complaintThreat";

    /// <summary>Buck-passing or brush-off replies (推诿/敷衍/反问): "自己看详情页", "not my problem".</summary>
    public const string Dismissive = "dismissive";

    /// <summary>Harmless phrases: a banned, rude or dismissive hit lying inside one of these is ignored (最近 over 最, 第一次 over 第一).</summary>
    public const string Exceptions = "exceptions";

    /// <summary>Insults and profanity from a customer (骗子, fucking): explicit evidence for a critical complaint risk.</summary>
    public const string CustomerAbuse = "customerAbuse";
}
