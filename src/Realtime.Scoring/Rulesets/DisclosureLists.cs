namespace Realtime.Scoring.Rulesets;

/// <summary>Names of the matcher lists that hold a disclosure's phrases; a hit tags the message with this name.</summary>
public static class DisclosureLists
{
    public const string Prefix = "disclosure.";

    /// <summary><c>disclosure.{topic}.{name}</c>, e.g. <c>disclosure.refund_return.returnAddress</c>.</summary>
    public static string Name(string topic, string name) => $"{Prefix}{topic}.{name}";
}
