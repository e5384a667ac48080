namespace Realtime.Contracts.Alerts;

public static class Severities
{
    public const string Info = "info";
    public const string Warning = "warning";
    public const string Critical = "critical";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Info, Warning, Critical };

    public static int Rank(string severity) => severity switch
    {
        Critical => 2,
        Warning => 1,
        _ => 0,
    };
}
