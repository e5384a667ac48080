using Realtime.Contracts.Rulesets;

namespace Realtime.Grains.Sales;

/// <summary>
/// Credits each order of a customer to the last human agent of the customer's latest inquiry in the same store that
/// started within the attribution window before the order's payment (or its placing, while unpaid). An order with no
/// such inquiry is credited to nobody.
/// </summary>
public static class Attribution
{
    public static SaleCredit? Credit(string customerId, CustomerOrder order, IEnumerable<InquiryNote> inquiries, ConversionRules rules)
    {
        var anchor = order.PaidAt ?? order.PlacedAt;
        var windowStart = anchor.AddHours(-rules.AttributionHours);
        InquiryNote? best = null;
        foreach (var inquiry in inquiries)
        {
            if (!inquiry.IsInquiry || inquiry.StoreId != order.StoreId || inquiry.StartedAt > anchor || inquiry.StartedAt < windowStart)
            {
                continue;
            }

            if (best is null || inquiry.StartedAt > best.StartedAt
                || (inquiry.StartedAt == best.StartedAt && string.CompareOrdinal(inquiry.ConversationId, best.ConversationId) > 0))
            {
                best = inquiry;
            }
        }

        return best is null ? null : new SaleCredit
        {
            OrderId = order.OrderId,
            CustomerId = customerId,
            ConversationId = best.ConversationId,
            AgentId = best.AgentId,
            StoreId = order.StoreId,
            TeamId = best.TeamId,
            Platform = order.Platform ?? best.Platform,
            Amount = order.Amount,
            Currency = order.Currency,
            InquiryAt = best.StartedAt,
            PlacedAt = order.PlacedAt,
            PaidAt = order.PaidAt,
            RefundedAt = order.RefundedAt,
            Status = order.Status,
        };
    }
}
