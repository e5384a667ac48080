namespace Realtime.Contracts.Orders;

/// <summary>One line of an order event's optional <c>items</c>.</summary>
public sealed record OrderItem(string? Sku, string? Name, int Quantity, decimal Price);
