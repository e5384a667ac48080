using Realtime.Grains.Agents;
using Realtime.Grains.Sales;

namespace Realtime.Grains.Reports;

/// <summary>Reads the records of every agent of a store (or all stores) from their daily buckets, in parallel.</summary>
public static class ReportLoader
{
    /// <summary>
    /// Records of <paramref name="period"/> plus <paramref name="lookAheadDays"/> days after it (for the
    /// repeat-contact window).
    /// </summary>
    public static async Task<IReadOnlyList<AgentRecords>> LoadAsync(
        IGrainFactory grains, AgentFeed feed, ReportPeriod period, string? storeId, int lookAheadDays, bool withSales = false)
    {
        // Records still in this silo's feed first: a new agent is in the directory only once it took them.
        await feed.DeliverAsync(grains);
        var agents = await grains.GetGrain<IAgentDirectoryGrain>(IAgentDirectoryGrain.Key).GetAgentsAsync(storeId);
        var to = ReportPeriod.DateOf(period.To.AddDays(lookAheadDays));
        var (salesFrom, salesTo) = (period.Start, period.End);
        var loads = agents.Select(async id => new AgentRecords(id, await grains.GetGrain<IAgentGrain>(id).GetRecordsAsync(period.FromDate, to))
        {
            Credits = withSales ? await grains.GetGrain<IAgentSalesGrain>(id).GetCreditsAsync(salesFrom, salesTo) : [],
        });
        return await Task.WhenAll(loads);
    }
}
