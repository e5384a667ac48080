using Microsoft.Extensions.Diagnostics.HealthChecks;
using Realtime.Grains.Floor;

namespace Realtime.Server.Hosting;

/// <summary>Ready when the silo answers a grain call.</summary>
public sealed class SiloHealthCheck(IGrainFactory grains) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await grains.GetGrain<IFloorGrain>(IFloorGrain.Key).GetStoresAsync().WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("The silo does not answer.", ex);
        }
    }
}
