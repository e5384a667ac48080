using Microsoft.AspNetCore.Http.HttpResults;
using Realtime.Contracts.Floor;
using Realtime.Grains.Floor;
using Realtime.Server.Auth;

namespace Realtime.Server.Api;

public static class FloorApi
{
    public sealed record StoreInfo(string StoreId, string Name, IReadOnlyList<TeamInfo> Teams);

    public sealed record TeamInfo(string TeamId, string Name);

    public static IEndpointRouteBuilder MapFloorApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization().RequireRateLimiting(RateLimits.Api);
        api.MapGet("/floor", GetFloorAsync);
        api.MapGet("/stores", GetStoresAsync);
        return app;
    }

    public static async Task<Results<Ok<FloorSnapshot>, ForbidHttpResult>> GetFloorAsync(
        string? storeId, string? teamId, HttpContext http, IGrainFactory grains)
    {
        var scope = AccessScope.From(http.User);
        if (!scope.Has(Roles.Supervisor, Roles.OnCall, Roles.Qa) || !scope.Reaches(storeId, teamId))
        {
            return TypedResults.Forbid();
        }

        return TypedResults.Ok(await grains.GetGrain<IFloorGrain>(IFloorGrain.Key).GetSnapshotAsync(storeId, teamId));
    }

    public static async Task<Ok<List<StoreInfo>>> GetStoresAsync(HttpContext http, IGrainFactory grains)
    {
        var scope = AccessScope.From(http.User);
        var stores = await grains.GetGrain<IFloorGrain>(IFloorGrain.Key).GetStoresAsync();
        return TypedResults.Ok(stores
            .Where(s => scope.IsAdmin || scope.StoreIds.Count == 0 || scope.StoreIds.Contains(s.StoreId))
            .Select(s => new StoreInfo(s.StoreId, s.StoreId, s.TeamIds
                .Where(t => scope.IsAdmin || scope.TeamIds.Count == 0 || scope.TeamIds.Contains(t))
                .Select(t => new TeamInfo(t, t)).ToList()))
            .ToList());
    }
}
