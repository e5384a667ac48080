namespace Realtime.Contracts.Events;

public static class Senders
{
    public const string Customer = "customer";
    public const string Agent = "agent";
    public const string Bot = "bot";
    public const string System = "system";
}
