namespace Realtime.Grains.Sales;

[GenerateSerializer, Alias("agent-sales-state")]
public sealed class AgentSalesState
{
    /// <summary>Order id → credit.</summary>
    [Id(0)] public Dictionary<string, SaleCredit> Credits { get; set; } = new(StringComparer.Ordinal);
}
