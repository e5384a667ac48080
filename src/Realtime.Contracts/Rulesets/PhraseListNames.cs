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
}
