namespace Realtime.Contracts.Orders;

/// <summary>The states an order event reports (CONTRACT §9, orders).</summary>
public static class OrderStatuses
{
    public const string Created = "created";
    public const string Paid = "paid";
    public const string Cancelled = "cancelled";
    public const string Refunded = "refunded";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Created, Paid, Cancelled, Refunded };
}
