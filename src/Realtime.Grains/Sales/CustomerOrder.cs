using Realtime.Contracts.Orders;

namespace Realtime.Grains.Sales;

/// <summary>
/// One order of a customer: every status event it received, in event-time order, and what they add up to. Events may
/// arrive late and out of order; the figures only depend on the set of events.
/// </summary>
[GenerateSerializer, Alias("customer-order")]
public sealed class CustomerOrder
{
    [Id(0)] public required string OrderId { get; init; }
    [Id(1)] public string StoreId { get; set; } = "default";
    [Id(2)] public string? Platform { get; set; }
    [Id(3)] public List<OrderEntry> Events { get; set; } = [];

    public DateTimeOffset? CreatedAt => First(OrderStatuses.Created);

    public DateTimeOffset? PaidAt => First(OrderStatuses.Paid);

    /// <summary>
    /// When the payment was taken back: a refund, or a cancellation after payment. Null while the order stands.
    /// </summary>
    public DateTimeOffset? RefundedAt
    {
        get
        {
            var refunded = First(OrderStatuses.Refunded);
            var paid = PaidAt;
            var cancelledAfterPayment = paid is null ? null : Events.FirstOrDefault(e => e.Status == OrderStatuses.Cancelled && e.At >= paid)?.At;
            return (refunded, cancelledAfterPayment) switch
            {
                ({ } r, { } c) => r < c ? r : c,
                ({ } r, null) => r,
                (null, var c) => c,
            };
        }
    }

    /// <summary>When the order was placed: its creation, or its payment when no creation was reported.</summary>
    public DateTimeOffset PlacedAt => CreatedAt ?? PaidAt ?? Events[0].At;

    /// <summary>The status of the latest event (ties: the later arrival).</summary>
    public string Status => Events[^1].Status;

    /// <summary>The amount of the latest event that carried one.</summary>
    public decimal Amount => Events.LastOrDefault(e => e.Amount is not null)?.Amount ?? 0;

    public string? Currency => Events.LastOrDefault(e => e.Currency is not null)?.Currency;

    /// <summary>Adds an event in event-time order (ties: arrival order).</summary>
    public void Add(OrderEntry entry)
    {
        var index = Events.Count;
        while (index > 0 && Compare(Events[index - 1], entry) > 0)
        {
            index--;
        }

        Events.Insert(index, entry);
    }

    private static int Compare(OrderEntry a, OrderEntry b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Seq.CompareTo(b.Seq);

    private DateTimeOffset? First(string status) => Events.FirstOrDefault(e => e.Status == status)?.At;
}
