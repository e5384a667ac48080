using Realtime.Contracts.Orders;

namespace Realtime.Server.Ingest;

/// <summary>
/// What an order event must carry: its order, customer and status; the amount and currency on <c>created</c> and
/// <c>paid</c> (later states may leave them out and keep the last ones), a non-negative amount and an ISO 4217 code.
/// </summary>
public static class OrderRules
{
    public static void Validate(EventValues e, ref List<string>? errors)
    {
        EventReader.Required(e.OrderId, "orderId", ref errors, "on order");
        EventReader.Required(e.CustomerId, "customerId", ref errors, "on order");
        if (e.Status is null)
        {
            EventReader.Add(ref errors, $"status: required on order ({string.Join(" | ", OrderStatuses.All)})");
        }
        else
        {
            EventReader.OneOf(e.Status, "status", OrderStatuses.All, ref errors);
        }

        var needsAmount = e.Status is OrderStatuses.Created or OrderStatuses.Paid;
        if (e.Amount is null && needsAmount)
        {
            EventReader.Add(ref errors, $"amount: required on a {e.Status} order (a decimal ≥ 0)");
        }
        else if (e.Amount is < 0 or > OrderLimits.MaxAmount)
        {
            EventReader.Add(ref errors, $"amount: {e.Amount} is outside 0..{OrderLimits.MaxAmount}");
        }

        if (e.Currency is null)
        {
            if (needsAmount)
            {
                EventReader.Add(ref errors, $"currency: required on a {e.Status} order (ISO 4217, e.g. CNY)");
            }
        }
        else if (e.Currency.Length != 3 || !e.Currency.All(char.IsAsciiLetterUpper))
        {
            EventReader.Add(ref errors, $"currency: '{e.Currency}' is not an ISO 4217 code (three capital letters, e.g. CNY)");
        }
    }
}
