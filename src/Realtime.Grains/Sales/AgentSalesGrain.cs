namespace Realtime.Grains.Sales;

public sealed class AgentSalesGrain(
    [PersistentState("agent-sales", GrainStorage.Name)] IPersistentState<AgentSalesState> state,
    TimeProvider time) : Grain, IAgentSalesGrain
{
    private static readonly TimeSpan History = TimeSpan.FromDays(400);

    async Task IAgentSalesGrain.UpdateAsync(IReadOnlyList<SaleCredit> put, IReadOnlyList<string> removed)
    {
        var credits = state.State.Credits;
        foreach (var orderId in removed)
        {
            credits.Remove(orderId);
        }

        foreach (var credit in put)
        {
            credits[credit.OrderId] = credit;
        }

        var cutoff = time.GetUtcNow() - History;
        foreach (var old in credits.Values.Where(c => c.PlacedAt < cutoff && (c.PaidAt ?? c.PlacedAt) < cutoff).ToList())
        {
            credits.Remove(old.OrderId);
        }

        await state.WriteStateAsync();
    }

    Task<IReadOnlyList<SaleCredit>> IAgentSalesGrain.GetCreditsAsync(DateTimeOffset from, DateTimeOffset to) =>
        Task.FromResult<IReadOnlyList<SaleCredit>>(state.State.Credits.Values
            .Where(c => In(c.PlacedAt, from, to) || (c.PaidAt is { } paid && In(paid, from, to)))
            .ToList());

    private static bool In(DateTimeOffset at, DateTimeOffset from, DateTimeOffset to) => at >= from && at < to;
}
