namespace Realtime.Scoring.Rulesets;

/// <summary>Names of the matcher lists that hold a disclosure's phrases; a hit tags the message with this name.</summary>
public static class DisclosureLists
{
    public const string Prefix = "disclosure.";

    /// <summary>Prefix of the lists that decide whether a topic's disclosures apply at all (not disclosures themselves).</summary>
    public const string ScopePrefix = "scope.";

    /// <summary><c>disclosure.{topic}.{name}</c>, e.g. <c>disclosure.refund_return.returnAddress</c>.</summary>
    public static string Name(string topic, string name) => $"{Prefix}{topic}.{name}";

    /// <summary><c>scope.{topic}.appliesWhen</c>: a message saying the topic's disclosures apply (a goods-back return).</summary>
    public static string AppliesWhen(string topic) => $"{ScopePrefix}{topic}.appliesWhen";

    /// <summary><c>scope.{topic}.notWhen</c>: a message saying they do not (a cancellation, a pickup, a repair).</summary>
    public static string NotWhen(string topic) => $"{ScopePrefix}{topic}.notWhen";
}
