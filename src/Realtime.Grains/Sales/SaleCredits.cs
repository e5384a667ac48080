using Realtime.Contracts.Orders;

namespace Realtime.Grains.Sales;

public static class SaleCredits
{
    public static OrderCredit ToView(SaleCredit c) => new()
    {
        OrderId = c.OrderId,
        AgentId = c.AgentId,
        Amount = c.Amount,
        Currency = c.Currency,
        Status = c.Status,
        PlacedAt = c.PlacedAt,
        PaidAt = c.PaidAt,
        RefundedAt = c.RefundedAt,
        Counts = c.IsSale,
    };
}
