using Microsoft.AspNetCore.Http.HttpResults;
using Realtime.Contracts.Alerts;
using Realtime.Contracts.Silences;
using Realtime.Grains.Silences;
using Realtime.Server.Auth;

namespace Realtime.Server.Api;

/// <summary>Silences: matching alerts are still recorded and scored, but push, page and webhook nothing until they end.</summary>
public static class SilencesApi
{
    private static readonly TimeSpan Longest = TimeSpan.FromDays(30);

    public static IEndpointRouteBuilder MapSilencesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/silences").RequireAuthorization().RequireRateLimiting(RateLimits.Api);
        api.MapGet("/", ListAsync);
        api.MapPost("/", AddAsync);
        api.MapDelete("/{id}", RemoveAsync);
        return app;
    }

    public static async Task<Results<Ok<List<Silence>>, ForbidHttpResult>> ListAsync(HttpContext http, IGrainFactory grains)
    {
        var scope = AccessScope.From(http.User);
        if (!scope.Has(Roles.Supervisor, Roles.OnCall))
        {
            return TypedResults.Forbid();
        }

        var silences = await grains.GetGrain<ISilenceGrain>(ISilenceGrain.Key).ListAsync();
        return TypedResults.Ok(silences.Where(s => scope.IsAdmin || scope.Reaches(s.StoreId, s.TeamId)).ToList());
    }

    public static async Task<Results<Created<Silence>, ForbidHttpResult, ValidationProblem>> AddAsync(
        Silence silence, HttpContext http, IGrainFactory grains, TimeProvider time)
    {
        var scope = AccessScope.From(http.User);
        if (!scope.Has(Roles.Supervisor))
        {
            return TypedResults.Forbid();
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var now = time.GetUtcNow();
        if (silence.Until <= now || silence.Until > now + Longest)
        {
            errors["until"] = [$"must be in the future and at most {Longest.TotalDays:0} days ahead"];
        }

        if (string.IsNullOrWhiteSpace(silence.Reason) || silence.Reason.Length > 500)
        {
            errors["reason"] = ["is required, at most 500 characters"];
        }

        if (silence.Kind is { } kind && typeof(AlertKinds).GetFields().All(f => (string?)f.GetValue(null) != kind))
        {
            errors["kind"] = [$"'{kind}' is not an alert kind"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        // A scoped supervisor silences within its scope only.
        if (!scope.IsAdmin && !scope.Reaches(silence.StoreId, silence.TeamId))
        {
            return TypedResults.Forbid();
        }

        var added = await grains.GetGrain<ISilenceGrain>(ISilenceGrain.Key).AddAsync(silence with { CreatedBy = scope.Name });
        return TypedResults.Created($"/api/silences/{added.SilenceId}", added);
    }

    public static async Task<Results<NoContent, NotFound, ForbidHttpResult>> RemoveAsync(string id, HttpContext http, IGrainFactory grains)
    {
        var scope = AccessScope.From(http.User);
        if (!scope.Has(Roles.Supervisor))
        {
            return TypedResults.Forbid();
        }

        var silences = grains.GetGrain<ISilenceGrain>(ISilenceGrain.Key);
        var silence = (await silences.ListAsync()).FirstOrDefault(s => s.SilenceId == id);
        if (silence is null)
        {
            return TypedResults.NotFound();
        }

        if (!scope.IsAdmin && !scope.Reaches(silence.StoreId, silence.TeamId))
        {
            return TypedResults.Forbid();
        }

        return await silences.RemoveAsync(id) ? TypedResults.NoContent() : TypedResults.NotFound();
    }
}
