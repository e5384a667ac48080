using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Realtime.Contracts.Events;
using Realtime.Grains.Ingest;
using Realtime.Server.Hosting.Telemetry;

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
        string? error;
        using (var body = await BodyReader.ReadRentedAsync(request, options.Value.MaxBodyBytes, cancellationToken))
        {
            if (body is null)
            {
                return TypedResults.Problem(
                    detail: $"The body is over the limit of {options.Value.MaxBodyBytes} bytes (Ingest:MaxBodyBytes); send smaller batches.",
                    statusCode: StatusCodes.Status413PayloadTooLarge,
                    title: "Payload too large");
            }

            // The reader copies out every string it keeps, so the rented bytes go back before the grains are called.
            (batch, error) = EventBatchReader.Read(body.Memory, options.Value.MaxBatchSize, window: options.Value.WindowAt(time.GetUtcNow()));
        }

        if (batch is null)
        {
            return TypedResults.Problem(detail: error, statusCode: StatusCodes.Status400BadRequest, title: "Not an event or a batch of events");
        }

        ApplyResult applied;
        try
        {
            applied = batch.Valid.Count == 0 ? default : await ingest.SubmitAsync(batch.Valid, cancellationToken);
        }
        catch (IngestUnavailableException ex)
        {
            request.HttpContext.Response.Headers.RetryAfter = "5";
            return TypedResults.Problem(detail: ex.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Ingest temporarily unavailable");
        }

        var result = new IngestResult(applied.Accepted, applied.Duplicates + batch.InBatchDuplicates, batch.RejectedWith(applied.Failures));
        IngestTelemetry.Record(result);
        return TypedResults.Accepted((string?)null, result);
    }
}
