using Microsoft.AspNetCore.Http.HttpResults;
using Realtime.Contracts.Alerts;
using Realtime.Contracts.Silences;
using Realtime.Contracts.Texts;
using Realtime.Grains.Silences;
using Realtime.Server.Auth;
using Realtime.Server.Texts;

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

        var errors = new List<(string Field, Text Text)>();
        var now = time.GetUtcNow();
        if (silence.Until <= now || silence.Until > now + Longest)
        {
            errors.Add(("until", Text.Of("problem.silence.until", ("days", (int)Longest.TotalDays))));
        }

        if (string.IsNullOrWhiteSpace(silence.Reason) || silence.Reason.Length > 500)
        {
            errors.Add(("reason", Text.Of("problem.silence.reason", ("max", 500))));
        }

        if (silence.Kind is { } kind && typeof(AlertKinds).GetFields().All(f => (string?)f.GetValue(null) != kind))
        {
            errors.Add(("kind", Text.Of("problem.silence.kind", ("value", kind))));
        }

        if (errors.Count > 0)
        {
            return ProblemTexts.Validation(errors, "problem.invalidFields");
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
