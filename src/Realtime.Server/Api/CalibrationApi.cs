using Microsoft.AspNetCore.Http.HttpResults;
using Realtime.Contracts.Disputes;
using Realtime.Grains.Conversations;
using Realtime.Grains.Disputes;
using Realtime.Server.Auth;

namespace Realtime.Server.Api;

/// <summary>A QA user scores a conversation by hand; reports compare it with the automatic score.</summary>
public static class CalibrationApi
{
    public static IEndpointRouteBuilder MapCalibrationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/conversations").RequireAuthorization().RequireRateLimiting(RateLimits.Api);
        api.MapPost("/{id}/manual-score", SetManualScoreAsync);
        return app;
    }

    public static async Task<Results<Ok<ManualScore>, NotFound, ProblemHttpResult, ForbidHttpResult>> SetManualScoreAsync(
        string id, ManualScoreRequest body, HttpContext http, IGrainFactory grains)
    {
        var scope = AccessScope.From(http.User);
        if (!scope.Has(Roles.Qa))
        {
            return TypedResults.Forbid();
        }

        var view = await grains.GetGrain<IConversationGrain>(id).GetViewAsync();
        if (view is null)
        {
            return TypedResults.NotFound();
        }

        if (!scope.Reaches(view.StoreId, view.TeamId))
        {
            return TypedResults.Forbid();
        }

        var outcome = await grains.GetGrain<IConversationReviewGrain>(id).SetManualScoreAsync(scope.Name, body);
        return outcome.Error switch
        {
            ReviewError.None => TypedResults.Ok(outcome.Manual!),
            ReviewError.NotFound => TypedResults.NotFound(),
            _ => DisputesApi.Problem(outcome),
        };
    }
}
