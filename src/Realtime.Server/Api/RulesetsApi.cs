using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Realtime.Contracts.Rulesets;
using Realtime.Grains.Audit;
using Realtime.Grains.Rulesets;
using Realtime.Scoring.Rulesets;
using Realtime.Server.Audit;
using Realtime.Server.Auth;
using Realtime.Server.Texts;

namespace Realtime.Server.Api;

public static class RulesetsApi
{
    public static IEndpointRouteBuilder MapRulesetsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/rulesets").RequireAuthorization().RequireRateLimiting(RateLimits.Api);
        api.MapGet("/{storeId}", GetRulesetAsync);
        api.MapPut("/{storeId}", PutRulesetAsync);
        return app;
    }

    public static async Task<Results<Ok<Ruleset>, ForbidHttpResult>> GetRulesetAsync(string storeId, HttpContext http, IGrainFactory grains)
    {
        var scope = AccessScope.From(http.User);
        if (!scope.Has(Roles.Qa, Roles.Supervisor) || !scope.Reaches(storeId, null) && scope.StoreIds.Count > 0)
        {
            return TypedResults.Forbid();
        }

        return TypedResults.Ok(await grains.GetGrain<IRulesetGrain>(storeId).GetAsync());
    }

    public static async Task<Results<Ok<Ruleset>, ValidationProblem, ForbidHttpResult>> PutRulesetAsync(
        string storeId, Ruleset ruleset, HttpContext http, IGrainFactory grains, RulesetProvider provider, IAuditLog audit)
    {
        var scope = AccessScope.From(http.User);
        if (!scope.Has(Roles.Qa) || scope.StoreIds.Count > 0 && !scope.StoreIds.Contains(storeId) && !scope.IsAdmin)
        {
            return TypedResults.Forbid();
        }

        // Checked here as well: a ruleset holding text no JSON writer can write cannot even be sent to its grain.
        var unwritable = new List<RulesetError>();
        UnknownFields.Validate(ruleset, unwritable);
        if (unwritable.Count > 0)
        {
            return ProblemTexts.Validation([.. unwritable.Select(e => (e.Field, e.Text))]);
        }

        var before = await grains.GetGrain<IRulesetGrain>(storeId).GetAsync();
        var update = await grains.GetGrain<IRulesetGrain>(storeId).PutAsync(ruleset);
        if (update.Published is null)
        {
            return ProblemTexts.Validation([.. update.Errors.Select(e => (e.Field, e.Text))]);
        }

        provider.Publish(update.Published);
        await audit.RecordAsync(new AuditEntry
        {
            Kind = AuditKinds.RulesetChanged,
            Actor = scope.Name,
            Target = storeId,
            StoreId = storeId,
            Before = JsonSerializer.Serialize(before, JsonSerializerOptions.Web),
            After = JsonSerializer.Serialize(update.Published, JsonSerializerOptions.Web),
        });
        return TypedResults.Ok(update.Published);
    }
}
