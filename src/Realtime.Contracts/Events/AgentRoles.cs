namespace Realtime.Contracts.Events;

public static class AgentRoles
{
    public const string PreSales = "preSales";
    public const string AfterSales = "afterSales";
}
