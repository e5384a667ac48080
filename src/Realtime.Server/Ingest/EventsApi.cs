using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Realtime.Contracts.Events;
using Realtime.Contracts.Texts;
using Realtime.Grains.Ingest;
using Realtime.Server.Hosting.Telemetry;
using Realtime.Server.Texts;

namespace Realtime.Server.Ingest;

public static class EventsApi
{
    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/events", PostEventsAsync).AllowAnonymous().WithName("PostEvents").DisableAntiforgery()
            .RequireRateLimiting(Auth.RateLimits.Ingest);
        return app;
    }

    public static async Task<Results<Accepted<IngestResult>, ProblemHttpResult, UnauthorizedHttpResult>> PostEventsAsync(
        HttpRequest request,
        ApiKeyValidator keys,
        IIngestPath ingest,
        IOptions<IngestOptions> options,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (!keys.IsValid(request.Headers[ApiKeyValidator.Header]))
        {
            return TypedResults.Unauthorized();
        }

        EventBatchReader.Batch? batch;
        Text? error;
        using (var body = await BodyReader.ReadRentedAsync(request, options.Value.MaxBodyBytes, cancellationToken))
        {
            if (body is null)
            {
                return ProblemTexts.Problem(
                    Text.Of("problem.bodyTooLarge", ("max", options.Value.MaxBodyBytes), ("setting", "Ingest:MaxBodyBytes")),
                    StatusCodes.Status413PayloadTooLarge);
            }

            // The reader copies out every string it keeps, so the rented bytes go back before the grains are called.
            (batch, error) = EventBatchReader.Read(body.Memory, options.Value.MaxBatchSize, window: options.Value.WindowAt(time.GetUtcNow()));
        }

        if (batch is null)
        {
            return ProblemTexts.Problem(error!, StatusCodes.Status400BadRequest);
        }

        ApplyResult applied;
        try
        {
            applied = batch.Valid.Count == 0 ? default : await ingest.SubmitAsync(batch.Valid, cancellationToken);
        }
        catch (IngestUnavailableException ex)
        {
            request.HttpContext.Response.Headers.RetryAfter = "5";
            return ProblemTexts.Problem(ex.Text, StatusCodes.Status503ServiceUnavailable);
        }

        var result = new IngestResult(applied.Accepted, applied.Duplicates + batch.InBatchDuplicates, batch.RejectedWith(applied.Failures));
        IngestTelemetry.Record(result);
        return TypedResults.Accepted((string?)null, result);
    }
}
