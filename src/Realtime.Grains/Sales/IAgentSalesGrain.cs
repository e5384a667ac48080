namespace Realtime.Grains.Sales;

/// <summary>The orders credited to one agent, for reports and the agent's figures.</summary>
[Alias("agent-sales")]
public interface IAgentSalesGrain : IGrainWithStringKey
{
    /// <summary>Adds or replaces <paramref name="put"/> and drops the credits of <paramref name="removed"/> order ids.</summary>
    [Alias("update")]
    Task UpdateAsync([Immutable] IReadOnlyList<SaleCredit> put, [Immutable] IReadOnlyList<string> removed);

    /// <summary>Credits placed or paid in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    [Alias("credits")]
    Task<IReadOnlyList<SaleCredit>> GetCreditsAsync(DateTimeOffset from, DateTimeOffset to);
}
