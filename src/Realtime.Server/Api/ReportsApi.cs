using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Realtime.Contracts.Reports;
using Realtime.Grains.Agents;
using Realtime.Contracts.Rulesets;
using Realtime.Grains.Reports;
using Realtime.Grains.Rulesets;
using Realtime.Server.Auth;
using Realtime.Server.Texts;

namespace Realtime.Server.Api;

public static class ReportsApi
{
    public const string CsvMediaType = "text/csv";

    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/reports").RequireAuthorization().RequireRateLimiting(RateLimits.Api);
        api.MapGet("/agents", GetAgentReportAsync);
        return app;
    }

    /// <summary>
    /// qa and admin see everything in their scope, a supervisor its teams and stores (rows and rollups), an agent only
    /// its own row. JSON by default, CSV for <c>Accept: text/csv</c>.
    /// </summary>
    public static async Task<Results<Ok<AgentReport>, FileContentHttpResult, ValidationProblem, ForbidHttpResult>> GetAgentReportAsync(
        string? from, string? to, string? teamId, string? storeId, HttpContext http, IGrainFactory grains, AgentFeed feed, RulesetProvider rulesets)
    {
        if (!ReportPeriod.TryParse(from, to, out var period, out var errors))
        {
            return ProblemTexts.Validation(errors, "problem.periodInvalid");
        }

        var scope = AccessScope.From(http.User);
        Func<string, string, string?, bool> visible;
        var rollups = true;
        if (scope.Has(Roles.Qa, Roles.Supervisor))
        {
            if (!FilterReachable(scope, storeId, teamId))
            {
                return TypedResults.Forbid();
            }

            visible = (_, store, team) => scope.Reaches(store, team);
        }
        else if (scope.Roles.Contains(Roles.Agent) && scope.AgentId is { } me)
        {
            visible = (agentId, _, _) => agentId == me;
            rollups = false;
        }
        else
        {
            return TypedResults.Forbid();
        }

        var agents = await ReportLoader.LoadAsync(grains, feed, period, storeId, lookAheadDays: 3, withSales: true);
        var stores = agents.SelectMany(a => a.Records.Select(r => r.StoreId).Concat(a.Credits.Select(c => c.StoreId))).ToHashSet(StringComparer.Ordinal);
        var rules = new Dictionary<string, ConversionRules>(StringComparer.Ordinal);
        foreach (var store in stores)
        {
            rules[store] = (await rulesets.GetAsync(store)).Source.Conversion;
        }

        var conversion = ConversionContext.Default with { RulesOf = s => rules.GetValueOrDefault(s) ?? new ConversionRules() };
        var report = AgentReportCalculator.Calculate(period, storeId, teamId, agents, visible, rollups, conversion);
        if (WantsCsv(http.Request))
        {
            return TypedResults.File(ReportCsv.Write(report, CsvLabels(http.Request)), $"{CsvMediaType}; charset=utf-8", $"agent-report-{period.FromDate}-{period.ToDate}.csv");
        }

        return TypedResults.Ok(report);
    }

    internal static bool FilterReachable(AccessScope scope, string? storeId, string? teamId) =>
        scope.IsAdmin
        || ((storeId is null || scope.StoreIds.Count == 0 || scope.StoreIds.Contains(storeId))
            && (teamId is null || scope.TeamIds.Count == 0 || scope.TeamIds.Contains(teamId)));

    /// <summary>
    /// The culture of the CSV headers: <c>?headers=keys</c> gives field names, <c>?headers=labels</c> labels; otherwise
    /// labels when the caller names a language (<c>?lang=</c> or <c>Accept-Language</c>), field names when it does not.
    /// </summary>
    internal static CultureInfo? CsvLabels(HttpRequest request)
    {
        var headers = request.Query["headers"].ToString();
        var named = request.Query.ContainsKey("lang") || request.Headers.AcceptLanguage.Count > 0;
        var labels = headers.Equals("labels", StringComparison.OrdinalIgnoreCase)
            || (!headers.Equals("keys", StringComparison.OrdinalIgnoreCase) && named);
        return labels ? CultureInfo.CurrentUICulture : null;
    }

    private static bool WantsCsv(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(CsvMediaType, StringComparison.OrdinalIgnoreCase));
}
