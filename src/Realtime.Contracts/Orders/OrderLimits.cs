namespace Realtime.Contracts.Orders;

public static class OrderLimits
{
    public const int MaxItems = 200;

    /// <summary>Amounts above this are a unit mistake (cents sent as yuan), not a sale.</summary>
    public const decimal MaxAmount = 100_000_000m;
}
