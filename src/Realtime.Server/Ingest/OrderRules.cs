using System.Globalization;
using Realtime.Contracts.Events;
using Realtime.Contracts.Orders;
using Realtime.Contracts.Texts;

namespace Realtime.Server.Ingest;

/// <summary>
/// What an order event must carry: its order, customer and status; the amount and currency on <c>created</c> and
/// <c>paid</c> (later states may leave them out and keep the last ones), a non-negative amount and an ISO 4217 code.
/// </summary>
public static class OrderRules
{
    public static void Validate(EventValues e, ref List<Text>? errors)
    {
        EventReader.Required(e.OrderId, "orderId", ref errors, EventTypes.Order);
        EventReader.Required(e.CustomerId, "customerId", ref errors, EventTypes.Order);
        if (e.Status is null)
        {
            EventReader.Add(ref errors, EventReader.Choice("status", EventTypes.Order, string.Join(" | ", OrderStatuses.All)));
        }
        else
        {
            EventReader.OneOf(e.Status, "status", OrderStatuses.All, ref errors);
        }

        var needsAmount = e.Status is OrderStatuses.Created or OrderStatuses.Paid;
        if (e.Amount is null && needsAmount)
        {
            EventReader.Add(ref errors, Text.Of("ingest.amountRequired", ("status", e.Status)));
        }
        else if (e.Amount is < 0 or > OrderLimits.MaxAmount)
        {
            EventReader.Add(ref errors, Text.Of("ingest.outside", ("field", "amount"), ("value", e.Amount), ("range", $"0..{OrderLimits.MaxAmount.ToString(CultureInfo.InvariantCulture)}")));
        }

        if (e.Currency is null)
        {
            if (needsAmount)
            {
                EventReader.Add(ref errors, Text.Of("ingest.currencyRequired", ("status", e.Status)));
            }
        }
        else if (e.Currency.Length != 3 || !e.Currency.All(char.IsAsciiLetterUpper))
        {
            EventReader.Add(ref errors, Text.Of("ingest.currencyCode", ("value", e.Currency)));
        }
    }
}
