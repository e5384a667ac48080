namespace Realtime.Grains.Sales;

[GenerateSerializer, Alias("customer-sales-state")]
public sealed class CustomerSalesState
{
    public const int MaxOrders = 500;
    public const int MaxInquiries = 200;

    /// <summary>Order id → the order and its events.</summary>
    [Id(0)] public Dictionary<string, CustomerOrder> Orders { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Conversation id → what it last told about itself.</summary>
    [Id(1)] public Dictionary<string, InquiryNote> Inquiries { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Ids of the kept orders' events, for deduplication.</summary>
    [Id(2)] public HashSet<string> EventIds { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Order id → the credit the agents were last told.</summary>
    [Id(3)] public Dictionary<string, SaleCredit> Credits { get; set; } = new(StringComparer.Ordinal);
    [Id(4)] public long NextSeq { get; set; }

    /// <summary>Drops the oldest orders and inquiries past the limits (their credits stay with the agents).</summary>
    public void Trim()
    {
        if (Orders.Count > MaxOrders)
        {
            foreach (var old in Orders.Values.OrderBy(o => o.PlacedAt).Take(Orders.Count - MaxOrders).ToList())
            {
                Orders.Remove(old.OrderId);
                Credits.Remove(old.OrderId);
                EventIds.ExceptWith(old.Events.Select(e => e.EventId));
            }
        }

        if (Inquiries.Count > MaxInquiries)
        {
            foreach (var old in Inquiries.Values.OrderBy(i => i.StartedAt).Take(Inquiries.Count - MaxInquiries).ToList())
            {
                Inquiries.Remove(old.ConversationId);
            }
        }
    }
}
