namespace Realtime.Contracts.Reports;

public static class ReportScopes
{
    public const string Agent = "agent";
    public const string Team = "team";
    public const string Store = "store";
    public const string Platform = "platform";
    public const string Total = "total";
}
