using Realtime.Server.Texts;
using Realtime.Contracts.Texts;
using Microsoft.AspNetCore.Http.HttpResults;
using Realtime.Contracts.Alerts;
using Realtime.Grains.Alerts;
using Realtime.Grains.Audit;
using Realtime.Grains.Floor;
using Realtime.Server.Audit;
using Realtime.Server.Auth;

namespace Realtime.Server.Api;

public static class AlertsApi
{
    public static IEndpointRouteBuilder MapAlertsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/alerts").RequireAuthorization().RequireRateLimiting(RateLimits.Api);
        api.MapGet("/", ListAlertsAsync);
        api.MapPost("/{id}/ack", (string id, HttpContext http, IGrainFactory grains, IAuditLog audit) =>
            TransitionAsync(id, http, grains, audit, acknowledge: true));
        api.MapPost("/{id}/resolve", (string id, HttpContext http, IGrainFactory grains, IAuditLog audit) =>
            TransitionAsync(id, http, grains, audit, acknowledge: false));
        return app;
    }

    public static async Task<Results<Ok<List<Alert>>, ForbidHttpResult, ProblemHttpResult>> ListAlertsAsync(
        string? status, string? kind, string? teamId, string? storeId, string? agentId, int? limit, HttpContext http, IGrainFactory grains)
    {
        var scope = AccessScope.From(http.User);
        if (!scope.Has(Roles.Supervisor, Roles.OnCall, Roles.Qa) && !scope.Roles.Contains(Roles.Agent))
        {
            return TypedResults.Forbid();
        }

        if (status is not null && !AlertStatuses.All.Contains(status))
        {
            return ProblemTexts.Problem(Text.Of("problem.notOneOf", ("field", "status"), ("value", status), ("allowed", "open, acknowledged, resolved")), 400);
        }

        if (scope.Roles.Contains(Roles.Agent) && !scope.Has(Roles.Supervisor, Roles.OnCall, Roles.Qa))
        {
            agentId = scope.AgentId ?? "-";
        }

        var take = Math.Clamp(limit ?? 200, 1, 1000);
        var stores = storeId is not null
            ? [storeId]
            : (await grains.GetGrain<IFloorGrain>(IFloorGrain.Key).GetStoresAsync()).Select(s => s.StoreId).ToList();
        var query = new AlertQuery { Status = status, Kind = kind, TeamId = teamId, AgentId = agentId, Limit = take };
        var pages = await Task.WhenAll(stores.Select(s => grains.GetGrain<IAlertBookGrain>(s).QueryAsync(query)));
        return TypedResults.Ok(pages.SelectMany(p => p)
            .Where(a => scope.Roles.Contains(Roles.Agent) && a.AgentId == scope.AgentId || scope.Reaches(a.StoreId, a.TeamId))
            .OrderByDescending(a => a.RaisedAt).ThenByDescending(a => a.AlertId, StringComparer.Ordinal)
            .Take(take)
            .ToList());
    }

    /// <summary>The body is optional (CONTRACT §2), so it is read by hand rather than bound.</summary>
    private static async Task<Results<Ok<Alert>, NotFound, Conflict<Alert>, ForbidHttpResult, BadRequest<string>>> TransitionAsync(
        string id, HttpContext http, IGrainFactory grains, IAuditLog audit, bool acknowledge)
    {
        var (valid, note) = await ActionNote.ReadAsync(http.Request);
        if (!valid)
        {
            return TypedResults.BadRequest(ActionNote.Invalid);
        }

        var scope = AccessScope.From(http.User);
        if (!scope.Has(Roles.Supervisor, Roles.OnCall))
        {
            return TypedResults.Forbid();
        }

        if (AlertIds.StoreOf(id) is not { } store)
        {
            return TypedResults.NotFound();
        }

        var book = grains.GetGrain<IAlertBookGrain>(store);
        var alert = await book.GetAsync(id);
        if (alert is null)
        {
            return TypedResults.NotFound();
        }

        if (!scope.Reaches(alert.StoreId, alert.TeamId))
        {
            return TypedResults.Forbid();
        }

        var result = acknowledge
            ? await book.AcknowledgeAsync(id, scope.Name, note)
            : await book.ResolveAsync(id, scope.Name, note);
        if (result.Error is null)
        {
            await audit.RecordAsync(new AuditEntry
            {
                Kind = acknowledge ? AuditKinds.AlertAcknowledged : AuditKinds.AlertResolved,
                Actor = scope.Name,
                Target = id,
                StoreId = alert.StoreId,
                Before = alert.Status,
                After = result.Alert!.Status,
                Reason = note,
            });
        }

        return result.Error switch
        {
            null => TypedResults.Ok(result.Alert!),
            AlertTransition.Conflict => TypedResults.Conflict(result.Alert!),
            _ => TypedResults.NotFound(),
        };
    }
}
