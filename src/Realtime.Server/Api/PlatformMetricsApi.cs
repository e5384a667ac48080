using Microsoft.AspNetCore.Http.HttpResults;
using Realtime.Contracts.Platforms;
using Realtime.Grains.Floor;
using Realtime.Grains.Platforms;
using Realtime.Server.Auth;

namespace Realtime.Server.Api;

/// <summary>Live platform response rates per store (docs/platform-metrics.md).</summary>
public static class PlatformMetricsApi
{
    public static IEndpointRouteBuilder MapPlatformMetricsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").RequireAuthorization().RequireRateLimiting(RateLimits.Api)
            .MapGet("/platform-metrics", GetPlatformMetricsAsync);
        return app;
    }

    /// <summary>One entry per store the caller reaches (or just <paramref name="storeId"/>).</summary>
    public static async Task<Results<Ok<List<PlatformRates>>, ForbidHttpResult>> GetPlatformMetricsAsync(
        string? storeId, HttpContext http, IGrainFactory grains)
    {
        var scope = AccessScope.From(http.User);
        if (!scope.Has(Roles.Supervisor, Roles.OnCall, Roles.Qa) || !scope.Reaches(storeId, null))
        {
            return TypedResults.Forbid();
        }

        IEnumerable<string> stores = storeId is not null
            ? [storeId]
            : (await grains.GetGrain<IFloorGrain>(IFloorGrain.Key).GetStoresAsync())
                .Select(s => s.StoreId)
                .Where(s => scope.IsAdmin || scope.StoreIds.Count == 0 || scope.StoreIds.Contains(s));
        var rates = await Task.WhenAll(stores.Select(s => grains.GetGrain<IPlatformRatesGrain>(s).GetAsync()));
        return TypedResults.Ok(rates.ToList());
    }
}
