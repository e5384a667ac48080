using Realtime.Contracts.Reports;
using Realtime.Contracts.Rulesets;
using Realtime.Grains.Agents;
using Realtime.Grains.Sales;

namespace Realtime.Grains.Reports;

/// <summary>
/// The conversion figures of one group (an agent, team, store, platform) from its conversation records and the credits
/// of its orders. Customers are counted once per group however many conversations or orders they had; days are the
/// store's days as <paramref name="dayOf"/> gives them.
/// </summary>
public static class ConversionCalculator
{
    public const string MixedCurrencies = "mixed";

    public static ConversionFigures Calculate(
        IReadOnlyList<AgentConversationRecord> records,
        IReadOnlyList<SaleCredit> credits,
        Func<string, InquiryRule> inquiryRuleOf,
        Func<string, DateTimeOffset, DateOnly> dayOf,
        ReportPeriod period)
    {
        var served = new HashSet<string>(StringComparer.Ordinal);
        var inquiring = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            if (r.CustomerId is not { } customer)
            {
                continue;
            }

            served.Add(customer);
            if (inquiryRuleOf(r.StoreId).Matches(r.Role, r.Topics))
            {
                inquiring.Add(customer);
            }
        }

        bool InPeriod(string storeId, DateTimeOffset at) => period.Contains(dayOf(storeId, at));

        var ordering = new HashSet<string>(StringComparer.Ordinal);
        var paying = new HashSet<string>(StringComparer.Ordinal);
        var sameDay = new HashSet<string>(StringComparer.Ordinal);
        var nextDay = new HashSet<string>(StringComparer.Ordinal);
        decimal sales = 0;
        int paidOrders = 0, refunded = 0;
        string? currency = null;
        foreach (var c in credits)
        {
            if (InPeriod(c.StoreId, c.PlacedAt))
            {
                ordering.Add(c.CustomerId);
            }

            if (c.PaidAt is not { } paid || !InPeriod(c.StoreId, paid))
            {
                continue;
            }

            paidOrders++;
            if (!c.IsSale)
            {
                refunded++;
                continue;
            }

            paying.Add(c.CustomerId);
            sales += c.Amount;
            currency = currency is null || currency == c.Currency ? c.Currency : MixedCurrencies;
            var days = dayOf(c.StoreId, paid).DayNumber - dayOf(c.StoreId, c.InquiryAt).DayNumber;
            (days == 0 ? sameDay : days == 1 ? nextDay : null)?.Add(c.CustomerId);
        }

        return new ConversionFigures
        {
            ServedCustomers = served.Count,
            InquiringCustomers = inquiring.Count,
            OrderingCustomers = ordering.Count,
            PayingCustomers = paying.Count,
            InquiryConversionPct = Pct(paying.Count, inquiring.Count),
            SameDayPaymentPct = Pct(sameDay.Count, inquiring.Count),
            NextDayPaymentPct = Pct(nextDay.Count, inquiring.Count),
            Sales = sales,
            Currency = currency,
            SalesPerCustomer = paying.Count == 0 ? null : Math.Round(sales / paying.Count, 2),
            PaidOrders = paidOrders,
            RefundRatePct = Pct(refunded, paidOrders),
        };
    }

    private static double? Pct(int part, int whole) => whole == 0 ? null : Math.Round(100.0 * part / whole, 1);
}
