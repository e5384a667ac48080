using Microsoft.AspNetCore.Http.HttpResults;
using Realtime.Contracts.Agents;
using Realtime.Contracts.Events;
using Realtime.Contracts.Hints;
using Realtime.Grains.Agents;
using Realtime.Grains.Hints;
using Realtime.Grains.Reports;
using Realtime.Grains.Rulesets;
using Realtime.Grains.Sales;
using Realtime.Server.Auth;

namespace Realtime.Server.Api;

public static class AgentsApi
{
    public sealed record AgentConversation(string ConversationId, string? CustomerId, string Status, DateTimeOffset StartedAt, double? Score, int Breaches, int Alerts);

    public static IEndpointRouteBuilder MapAgentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/agents").RequireAuthorization().RequireRateLimiting(RateLimits.Api);
        api.MapGet("/{id}", GetAgentAsync);
        api.MapGet("/{id}/conversations", GetAgentConversationsAsync);
        api.MapGet("/{id}/hints", GetAgentHintsAsync);
        return app;
    }

    public static async Task<Results<Ok<AgentView>, ForbidHttpResult>> GetAgentAsync(
        string id, HttpContext http, IGrainFactory grains, RulesetProvider rulesets, TimeProvider time)
    {
        var agent = grains.GetGrain<IAgentGrain>(id);
        var view = await agent.GetViewAsync();
        if (!CanSee(AccessScope.From(http.User), id, view.StoreId, view.TeamId))
        {
            return TypedResults.Forbid();
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var period = new ReportPeriod(today, today);
        var records = await agent.GetRecordsAsync(period.FromDate, period.ToDate);
        var credits = await grains.GetGrain<IAgentSalesGrain>(id).GetCreditsAsync(period.Start, period.End);
        var rules = (await rulesets.GetAsync(view.StoreId ?? Vocabulary.DefaultStoreId)).Source.Conversion;
        var figures = ConversionCalculator.Calculate(records, credits, _ => rules.Inquiry, ConversionContext.Default.DayOf, period);
        return TypedResults.Ok(view with { TodayConversion = figures });
    }

    public static async Task<Results<Ok<List<AgentConversation>>, ForbidHttpResult>> GetAgentConversationsAsync(
        string id, HttpContext http, IGrainFactory grains, TimeProvider time)
    {
        var agent = grains.GetGrain<IAgentGrain>(id);
        var view = await agent.GetViewAsync();
        if (!CanSee(AccessScope.From(http.User), id, view.StoreId, view.TeamId))
        {
            return TypedResults.Forbid();
        }

        var today = time.GetUtcNow();
        var records = await agent.GetRecordsAsync(AgentFigures.DateOf(today.AddDays(-7)), AgentFigures.DateOf(today));
        return TypedResults.Ok(records
            .OrderByDescending(r => r.Open).ThenByDescending(r => r.StartedAt)
            .Take(200)
            .Select(r => new AgentConversation(r.ConversationId, r.CustomerId, r.Open ? "open" : "closed", r.StartedAt, r.Score, r.Breaches, r.Alerts))
            .ToList());
    }

    /// <summary>The agent's hints, newest first: only the ones that still apply with <c>open=true</c>.</summary>
    public static async Task<Results<Ok<IReadOnlyList<Hint>>, ForbidHttpResult>> GetAgentHintsAsync(string id, bool? open, HttpContext http, IGrainFactory grains)
    {
        var scope = AccessScope.From(http.User);
        var own = scope.Roles.Contains(Roles.Agent) && scope.AgentId == id;
        if (!own)
        {
            var view = await grains.GetGrain<IAgentGrain>(id).GetViewAsync();
            if (!CanSee(scope, id, view.StoreId, view.TeamId))
            {
                return TypedResults.Forbid();
            }
        }

        return TypedResults.Ok(await grains.GetGrain<IAgentHintsGrain>(id).ListAsync(open == true));
    }

    private static bool CanSee(AccessScope scope, string agentId, string? storeId, string? teamId) =>
        scope.Has(Roles.Supervisor, Roles.Qa, Roles.OnCall) && scope.Reaches(storeId, teamId)
        || (scope.Roles.Contains(Roles.Agent) && scope.AgentId == agentId);
}
