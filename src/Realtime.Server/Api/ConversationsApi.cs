using Microsoft.AspNetCore.Http.HttpResults;
using Realtime.Contracts.Conversations;
using Realtime.Grains.Conversations;
using Realtime.Server.Auth;

namespace Realtime.Server.Api;

public static class ConversationsApi
{
    public static IEndpointRouteBuilder MapConversationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/conversations").RequireAuthorization().RequireRateLimiting(RateLimits.Api);
        api.MapGet("/{id}", GetConversationAsync);
        return app;
    }

    public static async Task<Results<Ok<ConversationView>, NotFound, ForbidHttpResult>> GetConversationAsync(
        string id, HttpContext http, IGrainFactory grains)
    {
        var view = await grains.GetGrain<IConversationGrain>(id).GetViewAsync();
        if (view is null)
        {
            return TypedResults.NotFound();
        }

        return CanSee(AccessScope.From(http.User), view) ? TypedResults.Ok(view) : TypedResults.Forbid();
    }

    /// <summary>Agents see their own conversations only; other roles within their teams and stores.</summary>
    public static bool CanSee(AccessScope scope, ConversationView view)
    {
        if (scope.IsAdmin)
        {
            return true;
        }

        if (scope.Has(Roles.Supervisor, Roles.OnCall, Roles.Qa) && scope.Reaches(view.StoreId, view.TeamId))
        {
            return true;
        }

        return scope.Roles.Contains(Roles.Agent) && scope.AgentId is { } me
            && (view.AgentId == me || view.AgentHistory.Contains(me));
    }
}
