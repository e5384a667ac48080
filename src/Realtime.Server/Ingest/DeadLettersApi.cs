using Microsoft.AspNetCore.Http.HttpResults;
using Realtime.Grains;
using Realtime.Grains.Ingest;
using Realtime.Server.Auth;

namespace Realtime.Server.Ingest;

public static class DeadLettersApi
{
    public static IEndpointRouteBuilder MapDeadLettersApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/admin/dead-letters", GetDeadLettersAsync).RequireAuthorization().RequireRateLimiting(RateLimits.Api);
        return app;
    }

    /// <summary>Admins only: the events whose application failed, newest first (at most <paramref name="limit"/>, default 100).</summary>
    public static async Task<Results<Ok<DeadLetterPage>, ForbidHttpResult>> GetDeadLettersAsync(int? limit, HttpContext http, IGrainFactory grains)
    {
        if (!AccessScope.From(http.User).IsAdmin)
        {
            return TypedResults.Forbid();
        }

        var page = await grains.Reference<IDeadLetterGrain>(IDeadLetterGrain.Key).ListAsync(Math.Clamp(limit ?? 100, 1, DeadLetterGrain.Capacity));
        return TypedResults.Ok(page);
    }
}
