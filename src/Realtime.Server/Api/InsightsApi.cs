using Microsoft.AspNetCore.Http.HttpResults;
using Realtime.Grains.Agents;
using Realtime.Contracts.Reports;
using Realtime.Grains.Reports;
using Realtime.Server.Auth;
using Realtime.Server.Texts;

namespace Realtime.Server.Api;

public static class InsightsApi
{
    public static IEndpointRouteBuilder MapInsightsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/reports").RequireAuthorization().RequireRateLimiting(RateLimits.Api);
        api.MapGet("/insights", GetInsightsAsync);
        return app;
    }

    /// <summary>qa, admin and supervisors, within their stores and teams.</summary>
    public static async Task<Results<Ok<InsightsReport>, ValidationProblem, ForbidHttpResult>> GetInsightsAsync(
        string? from, string? to, string? storeId, string? teamId, HttpContext http, IGrainFactory grains, AgentFeed feed)
    {
        if (!ReportPeriod.TryParse(from, to, out var period, out var errors))
        {
            return ProblemTexts.Validation(errors, "problem.periodInvalid");
        }

        var scope = AccessScope.From(http.User);
        if (!scope.Has(Roles.Qa, Roles.Supervisor) || !ReportsApi.FilterReachable(scope, storeId, teamId))
        {
            return TypedResults.Forbid();
        }

        var agents = await ReportLoader.LoadAsync(grains, feed, period, storeId, lookAheadDays: 0);
        return TypedResults.Ok(InsightsCalculator.Calculate(period, storeId, teamId, agents, r => scope.Reaches(r.StoreId, r.TeamId)));
    }
}
