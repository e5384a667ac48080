namespace Realtime.Contracts.Disputes;

public static class DisputeStatuses
{
    public const string Open = "open";
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";
}
