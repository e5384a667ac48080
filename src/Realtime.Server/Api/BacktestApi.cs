using Realtime.Contracts.Texts;
using Microsoft.AspNetCore.Http.HttpResults;
using Realtime.Grains.Agents;
using Realtime.Contracts.Backtests;
using Realtime.Grains.Backtests;
using Realtime.Grains.Reports;
using Realtime.Grains.Rulesets;
using Realtime.Scoring.Rulesets;
using Realtime.Server.Auth;
using Realtime.Server.Texts;

namespace Realtime.Server.Api;

/// <summary>Try a draft ruleset on a period's stored conversations before publishing it. Changes nothing.</summary>
public static class BacktestApi
{
    public static IEndpointRouteBuilder MapBacktestApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/rulesets").RequireAuthorization().RequireRateLimiting(RateLimits.Api);
        api.MapPost("/{storeId}/backtest", BacktestAsync);
        return app;
    }

    public static async Task<Results<Ok<BacktestResult>, ValidationProblem, ForbidHttpResult>> BacktestAsync(
        string storeId, BacktestRequest body, HttpContext http, IGrainFactory grains, AgentFeed feed)
    {
        var scope = AccessScope.From(http.User);
        if (!scope.Has(Roles.Qa) || (!scope.IsAdmin && scope.StoreIds.Count > 0 && !scope.StoreIds.Contains(storeId)))
        {
            return TypedResults.Forbid();
        }

        if (!ReportPeriod.TryParse(body.From, body.To, out var period, out var errors))
        {
            return ProblemTexts.Validation(errors, "problem.periodInvalid");
        }

        if (body.Ruleset is null)
        {
            return ProblemTexts.Validation([("ruleset", Text.Of("problem.draftRulesetRequired"))]);
        }

        var invalid = RulesetValidator.Validate(body.Ruleset);
        if (invalid.Count > 0)
        {
            return ProblemTexts.Validation([.. invalid.Select(e => ("ruleset." + e.Field, e.Text))]);
        }

        var published = await grains.GetGrain<IRulesetGrain>(storeId).GetAsync();
        var draft = body.Ruleset with { StoreId = storeId, Version = published.Version + 1 };
        return TypedResults.Ok(await BacktestRunner.RunAsync(grains, feed, storeId, period, draft, published.Version));
    }
}
