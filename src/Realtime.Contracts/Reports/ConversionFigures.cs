namespace Realtime.Contracts.Reports;

/// <summary>
/// Sales conversion of one agent, team, store or platform over a period, as the platforms' 客服绩效 tools count it
/// (docs/conversion.md defines each figure). Percentages are 0–100; null when there was nothing to divide by.
/// </summary>
public sealed record ConversionFigures
{
    /// <summary>咨询人数: distinct customers in the conversations served.</summary>
    public int ServedCustomers { get; init; }

    /// <summary>询单人数: distinct customers of those conversations that were inquiries.</summary>
    public int InquiringCustomers { get; init; }

    /// <summary>下单人数: distinct customers with a credited order placed in the period.</summary>
    public int OrderingCustomers { get; init; }

    /// <summary>付款人数: distinct customers with a credited payment in the period that was not refunded.</summary>
    public int PayingCustomers { get; init; }

    /// <summary>询单转化率: paying ÷ inquiring customers.</summary>
    public double? InquiryConversionPct { get; init; }

    /// <summary>当日付款率: customers who paid on the day of their inquiry ÷ inquiring customers.</summary>
    public double? SameDayPaymentPct { get; init; }

    /// <summary>次日付款率: customers who paid on the day after their inquiry ÷ inquiring customers.</summary>
    public double? NextDayPaymentPct { get; init; }

    /// <summary>销售额: the amounts of the credited payments of the period that were not refunded.</summary>
    public decimal Sales { get; init; }

    /// <summary>The currency of <see cref="Sales"/>; null when there were none, <c>mixed</c> when orders came in several.</summary>
    public string? Currency { get; init; }

    /// <summary>客单价: sales ÷ paying customers.</summary>
    public decimal? SalesPerCustomer { get; init; }

    /// <summary>Credited orders paid in the period.</summary>
    public int PaidOrders { get; init; }

    /// <summary>退款率: of the credited orders paid in the period, the share refunded since.</summary>
    public double? RefundRatePct { get; init; }
}
