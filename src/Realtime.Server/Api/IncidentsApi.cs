using Realtime.Server.Texts;
using Realtime.Contracts.Texts;
using Microsoft.AspNetCore.Http.HttpResults;
using Realtime.Contracts.Alerts;
using Realtime.Contracts.Incidents;
using Realtime.Grains.Alerts;
using Realtime.Grains.Audit;
using Realtime.Grains.Floor;
using Realtime.Grains.Incidents;
using Realtime.Server.Audit;
using Realtime.Server.Auth;

namespace Realtime.Server.Api;

/// <summary>Incidents: the alerts of one subject as one item (list, detail, ack, resolve).</summary>
public static class IncidentsApi
{
    public const string TotalHeader = "X-Total-Count";

    public static IEndpointRouteBuilder MapIncidentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/incidents").RequireAuthorization().RequireRateLimiting(RateLimits.Api);
        api.MapGet("/", ListIncidentsAsync);
        api.MapGet("/{id}", GetIncidentAsync);
        api.MapPost("/{id}/ack", (string id, HttpContext http, IGrainFactory grains, IAuditLog audit) =>
            TransitionAsync(id, http, grains, audit, acknowledge: true));
        api.MapPost("/{id}/resolve", (string id, HttpContext http, IGrainFactory grains, IAuditLog audit) =>
            TransitionAsync(id, http, grains, audit, acknowledge: false));
        return app;
    }

    /// <summary>Newest activity first; <c>offset</c>/<c>limit</c> page it and <c>X-Total-Count</c> says how many matched.</summary>
    public static async Task<Results<Ok<List<Incident>>, ForbidHttpResult, ProblemHttpResult>> ListIncidentsAsync(
        string? status, string? severity, string? storeId, string? teamId, string? agentId, int? offset, int? limit,
        HttpContext http, IGrainFactory grains)
    {
        var scope = AccessScope.From(http.User);
        var isAgent = scope.Roles.Contains(Roles.Agent) && !scope.Has(Roles.Supervisor, Roles.OnCall, Roles.Qa);
        if (!scope.Has(Roles.Supervisor, Roles.OnCall, Roles.Qa) && !isAgent)
        {
            return TypedResults.Forbid();
        }

        if (status is not null && !AlertStatuses.All.Contains(status))
        {
            return ProblemTexts.Problem(Text.Of("problem.notOneOf", ("field", "status"), ("value", status), ("allowed", "open, acknowledged, resolved")), 400);
        }

        if (severity is not null && !Severities.All.Contains(severity))
        {
            return ProblemTexts.Problem(Text.Of("problem.notOneOf", ("field", "severity"), ("value", severity), ("allowed", "info, warning, critical")), 400);
        }

        if (isAgent)
        {
            agentId = scope.AgentId ?? "-";
        }

        var skip = Math.Max(0, offset ?? 0);
        var take = Math.Clamp(limit ?? 100, 1, 500);
        var stores = storeId is not null
            ? [storeId]
            : (await grains.GetGrain<IFloorGrain>(IFloorGrain.Key).GetStoresAsync()).Select(s => s.StoreId).ToList();
        stores = [.. stores.Where(s => scope.IsAdmin || isAgent || scope.StoreIds.Count == 0 || scope.StoreIds.Contains(s))];
        var query = new IncidentQuery
        {
            Status = status,
            Severity = severity,
            TeamId = teamId,
            AgentId = agentId,
            Offset = 0,
            Limit = skip + take,
            InTeams = scope.IsAdmin || isAgent ? [] : [.. scope.TeamIds],
        };
        var pages = await Task.WhenAll(stores.Select(s => grains.GetGrain<IAlertBookGrain>(s).QueryIncidentsAsync(query)));
        http.Response.Headers[TotalHeader] = pages.Sum(p => p.Total).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Ok(pages.SelectMany(p => p.Items)
            .OrderByDescending(i => i.UpdatedAt).ThenByDescending(i => i.IncidentId, StringComparer.Ordinal)
            .Skip(skip).Take(take)
            .ToList());
    }

    public static async Task<Results<Ok<Incident>, NotFound, ForbidHttpResult>> GetIncidentAsync(string id, HttpContext http, IGrainFactory grains)
    {
        var scope = AccessScope.From(http.User);
        if (IncidentSubjects.StoreOf(id) is not { } store
            || await grains.GetGrain<IAlertBookGrain>(store).GetIncidentAsync(id) is not { } incident)
        {
            return TypedResults.NotFound();
        }

        var ownAgent = scope.Roles.Contains(Roles.Agent) && scope.AgentId is not null && incident.AgentId == scope.AgentId;
        return ownAgent || (scope.Has(Roles.Supervisor, Roles.OnCall, Roles.Qa) && scope.Reaches(incident.StoreId, incident.TeamId))
            ? TypedResults.Ok(incident)
            : TypedResults.Forbid();
    }

    /// <summary>The body is optional, as for alerts: <c>{"note": "..."}</c>.</summary>
    private static async Task<Results<Ok<Incident>, NotFound, Conflict<Incident>, ForbidHttpResult, BadRequest<string>>> TransitionAsync(
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

        if (IncidentSubjects.StoreOf(id) is not { } store)
        {
            return TypedResults.NotFound();
        }

        var book = grains.GetGrain<IAlertBookGrain>(store);
        if (await book.GetIncidentAsync(id) is not { } incident)
        {
            return TypedResults.NotFound();
        }

        if (!scope.Reaches(incident.StoreId, incident.TeamId))
        {
            return TypedResults.Forbid();
        }

        var result = acknowledge
            ? await book.AcknowledgeIncidentAsync(id, scope.Name, note)
            : await book.ResolveIncidentAsync(id, scope.Name, note);
        if (result.Error is null)
        {
            await audit.RecordAsync(new AuditEntry
            {
                Kind = acknowledge ? AuditKinds.IncidentAcknowledged : AuditKinds.IncidentResolved,
                Actor = scope.Name,
                Target = id,
                StoreId = incident.StoreId,
                Before = incident.Status,
                After = result.Incident!.Status,
                Reason = note,
            });
        }

        return result.Error switch
        {
            null => TypedResults.Ok(result.Incident!),
            AlertTransition.Conflict => TypedResults.Conflict(result.Incident!),
            _ => TypedResults.NotFound(),
        };
    }
}
