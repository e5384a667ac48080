using Microsoft.AspNetCore.Http.HttpResults;
using Realtime.Contracts.Disputes;
using Realtime.Grains.Audit;
using Realtime.Grains.Conversations;
using Realtime.Grains.Disputes;
using Realtime.Contracts.Texts;
using Realtime.Server.Texts;
using Realtime.Server.Audit;
using Realtime.Server.Auth;

namespace Realtime.Server.Api;

/// <summary>An agent contests a deduction of its own conversation; qa (or admin) accepts or rejects it with a note.</summary>
public static class DisputesApi
{
    public static IEndpointRouteBuilder MapDisputesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/conversations/{id}/disputes").RequireAuthorization().RequireRateLimiting(RateLimits.Api);
        api.MapPost("/", OpenDisputeAsync);
        api.MapPost("/{disputeId}/accept", (string id, string disputeId, DisputeDecisionRequest? body, HttpContext http, IGrainFactory grains, IAuditLog audit) =>
            DecideAsync(id, disputeId, accept: true, body, http, grains, audit));
        api.MapPost("/{disputeId}/reject", (string id, string disputeId, DisputeDecisionRequest? body, HttpContext http, IGrainFactory grains, IAuditLog audit) =>
            DecideAsync(id, disputeId, accept: false, body, http, grains, audit));
        return app;
    }

    public static async Task<Results<Created<Dispute>, NotFound<ProblemHttpResult>, ProblemHttpResult, ForbidHttpResult>> OpenDisputeAsync(
        string id, OpenDisputeRequest body, HttpContext http, IGrainFactory grains, IAuditLog audit)
    {
        var scope = AccessScope.From(http.User);
        if (!scope.Roles.Contains(Roles.Agent) || scope.AgentId is not { } agentId)
        {
            return TypedResults.Forbid();
        }

        var outcome = await grains.GetGrain<IConversationReviewGrain>(id).OpenDisputeAsync(agentId, body);
        if (outcome.Error == ReviewError.None)
        {
            await audit.RecordAsync(new AuditEntry
            {
                Kind = AuditKinds.DisputeOpened,
                Actor = scope.Name,
                Target = $"{id}/{outcome.Dispute!.DisputeId}",
                After = $"{outcome.Dispute.Status} {outcome.Dispute.RuleId}",
                Reason = outcome.Dispute.Reason,
            });
        }

        return outcome.Error switch
        {
            ReviewError.None => TypedResults.Created($"/api/conversations/{Uri.EscapeDataString(id)}", outcome.Dispute!),
            ReviewError.Forbidden => TypedResults.Forbid(),
            ReviewError.NotFound => TypedResults.NotFound(ReviewProblem(outcome, StatusCodes.Status404NotFound)),
            _ => Problem(outcome),
        };
    }

    public static async Task<Results<Ok<Dispute>, NotFound<ProblemHttpResult>, ProblemHttpResult, ForbidHttpResult>> DecideAsync(
        string id, string disputeId, bool accept, DisputeDecisionRequest? body, HttpContext http, IGrainFactory grains, IAuditLog audit)
    {
        var scope = AccessScope.From(http.User);
        if (!scope.Has(Roles.Qa))
        {
            return TypedResults.Forbid();
        }

        var view = await grains.GetGrain<IConversationGrain>(id).GetViewAsync();
        if (view is null)
        {
            return TypedResults.NotFound(ProblemTexts.Problem(Text.Of("problem.review.noConversation"), StatusCodes.Status404NotFound));
        }

        if (!scope.Reaches(view.StoreId, view.TeamId))
        {
            return TypedResults.Forbid();
        }

        var outcome = await grains.GetGrain<IConversationReviewGrain>(id).DecideDisputeAsync(disputeId, accept, scope.Name, body?.Note);
        if (outcome.Error == ReviewError.None)
        {
            await audit.RecordAsync(new AuditEntry
            {
                Kind = AuditKinds.DisputeDecided,
                Actor = scope.Name,
                Target = $"{id}/{disputeId}",
                StoreId = view.StoreId,
                Before = $"{DisputeStatuses.Open} score {outcome.Dispute!.ScoreBefore}",
                After = $"{outcome.Dispute.Status} score {outcome.Dispute.ScoreAfter}",
                Reason = body?.Note,
            });
        }

        return outcome.Error switch
        {
            ReviewError.None => TypedResults.Ok(outcome.Dispute!),
            ReviewError.NotFound => TypedResults.NotFound(ReviewProblem(outcome, StatusCodes.Status404NotFound)),
            _ => Problem(outcome),
        };
    }

    internal static ProblemHttpResult Problem(ReviewOutcome outcome) =>
        ReviewProblem(outcome, outcome.Error == ReviewError.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);

    /// <summary>The outcome's reason in the reader's language, with its <c>messageKey</c> and <c>args</c>.</summary>
    private static ProblemHttpResult ReviewProblem(ReviewOutcome outcome, int status) => outcome.Text is { } text
        ? ProblemTexts.Problem(text, status)
        : TypedResults.Problem(outcome.Message, statusCode: status);
}
