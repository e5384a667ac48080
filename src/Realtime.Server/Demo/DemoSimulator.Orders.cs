using Realtime.Contracts.Events;
using Realtime.Contracts.Orders;

namespace Realtime.Server.Demo;

/// <summary>
/// After a pre-sales conversation some customers order the product they asked about; most pay, the rest cancel, and
/// a few paid orders are refunded later, so 询单转化率, 客单价 and 退款率 move from the first minute.
/// </summary>
public sealed partial class DemoSimulator
{
    private const double PayShare = 0.8;
    private const double RefundShare = 0.1;

    /// <summary>Runs the order's life beside the lane, so a slow payment or refund does not hold the next conversation.</summary>
    private void StartOrder(DemoStore store, string customerId, DemoProduct product, DemoOptions o, CancellationToken stoppingToken)
    {
        bool orders, pays, refunds;
        int quantity;
        lock (_random)
        {
            orders = _random.NextDouble() < product.OrderShare;
            pays = _random.NextDouble() < PayShare;
            refunds = _random.NextDouble() < RefundShare;
            quantity = _random.NextDouble() < 0.25 ? 2 : 1;
        }

        if (orders)
        {
            _ = PlaceOrderAsync(store, customerId, product, quantity, pays, refunds, o, stoppingToken);
        }
    }

    private async Task PlaceOrderAsync(
        DemoStore store, string customerId, DemoProduct product, int quantity, bool pays, bool refunds, DemoOptions o, CancellationToken stoppingToken)
    {
        var orderId = $"demo-order-{time.GetUtcNow():MMddHHmmss}-{Interlocked.Increment(ref _sequence)}";
        ConversationEvent Order(string status) => new()
        {
            EventId = $"{orderId}-{status}",
            Type = EventTypes.Order,
            OccurredAt = time.GetUtcNow(),
            OrderId = orderId,
            CustomerId = customerId,
            StoreId = store.StoreId,
            Platform = store.Platform,
            Status = status,
            Amount = product.Price * quantity,
            Currency = store.Currency,
            Items = [new OrderItem(product.Sku, product.Name, quantity, product.Price)],
        };

        try
        {
            await SendAsync(Order(OrderStatuses.Created));
            await Task.Delay(TimeSpan.FromSeconds(Next(5, 60) / o.Speed), time, stoppingToken);
            await SendAsync(Order(pays ? OrderStatuses.Paid : OrderStatuses.Cancelled));
            if (pays && refunds)
            {
                await Task.Delay(TimeSpan.FromSeconds(Next(60, 180) / o.Speed), time, stoppingToken);
                await SendAsync(Order(OrderStatuses.Refunded));
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception ex)
        {
            LogOrderFailed(logger, ex);
        }
    }

    [LoggerMessage(EventId = 302, Level = LogLevel.Warning, Message = "Demo order failed")]
    private static partial void LogOrderFailed(ILogger logger, Exception ex);
}
