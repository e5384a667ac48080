using Realtime.Server.Texts;
using Realtime.Contracts.Texts;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Realtime.Grains.Audit;
using Realtime.Grains.Conversations;
using Realtime.Server.Audit;
using Realtime.Server.Auth;

namespace Realtime.Server.Privacy;

/// <summary>
/// <c>POST /api/conversations/{id}/reveal</c> (body optional: <c>{"reason": "..."}</c>): the raw text of a conversation for
/// <see cref="Permissions.PiiReveal"/> holders. Every use is audited before the text leaves; the answer is not cacheable.
/// </summary>
public static class PiiRevealApi
{
    public const int MaxReasonLength = 500;

    public sealed record RevealRequest(string? Reason);

    public static IEndpointRouteBuilder MapPiiRevealApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/conversations/{id}/reveal", RevealAsync).RequireAuthorization().RequireRateLimiting(RateLimits.Api);
        return app;
    }

    public static async Task<Results<Ok<RevealedTranscript>, NotFound, ForbidHttpResult, ProblemHttpResult>> RevealAsync(
        string id, HttpContext http, IGrainFactory grains, IAuditLog audit)
    {
        var scope = AccessScope.From(http.User);
        if (!scope.Can(Permissions.PiiReveal))
        {
            return TypedResults.Forbid();
        }

        string? reason = null;
        if (http.Request.ContentLength is > 0 || http.Request.Headers.TransferEncoding.Count > 0)
        {
            try
            {
                reason = (await http.Request.ReadFromJsonAsync<RevealRequest>(http.RequestAborted))?.Reason;
            }
            catch (JsonException)
            {
                return ProblemTexts.Problem(Text.Of("problem.reveal.body"), StatusCodes.Status400BadRequest);
            }
        }

        if (reason is { Length: > MaxReasonLength })
        {
            return ProblemTexts.Problem(Text.Of("problem.tooLong", ("field", "reason"), ("max", MaxReasonLength)), StatusCodes.Status400BadRequest);
        }

        var view = await grains.GetGrain<IConversationGrain>(id).GetViewAsync();
        var messages = view is null ? null : await grains.GetGrain<IConversationRawTextGrain>(id).GetRawMessagesAsync();
        if (view is null || messages is null)
        {
            return TypedResults.NotFound();
        }

        var entry = await audit.RecordAsync(new AuditEntry
        {
            Kind = AuditKinds.PiiRevealed,
            Actor = scope.Name,
            Target = id,
            StoreId = view.StoreId,
            After = $"{messages.Count} messages revealed",
            Reason = reason,
        });
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new RevealedTranscript(id, view.StoreId, messages, entry.AuditId!));
    }
}
