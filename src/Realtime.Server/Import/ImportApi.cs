using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Realtime.Contracts.Events;
using Realtime.Contracts.Import;
using Realtime.Contracts.Texts;
using Realtime.Server.Ingest;
using Realtime.Server.Texts;

namespace Realtime.Server.Import;

/// <summary>
/// <c>POST /api/import</c>: history as JSON Lines (events or dialogues) or CSV, streamed, any size up to
/// <c>Import:MaxBodyBytes</c>; answers with the final <see cref="ImportProgress"/> when the body is consumed.
/// <c>GET /api/import/{id}</c> reads the progress meanwhile (the client may choose the id with <c>?importId=</c>).
/// Both take the ingest API key.
/// </summary>
public static class ImportApi
{
    public static IHostApplicationBuilder AddRealtimeImport(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ImportRegistry>();
        builder.Services.AddSingleton<ImportRunner>();
        return builder;
    }

    public static IEndpointRouteBuilder MapImportApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/import").AllowAnonymous().DisableAntiforgery().RequireRateLimiting(Auth.RateLimits.Ingest);
        api.MapPost("/", PostImportAsync).WithName("PostImport");
        api.MapGet("/{id}", GetImport).WithName("GetImport");
        return app;
    }

    public sealed record ImportQuery(string? Format, string? Charset, string? ImportId, string? Start, string? Tz, string? StoreId, string? TeamId, int? Agents, string? IdPrefix);

    public static async Task<Results<Ok<ImportProgress>, ProblemHttpResult, UnauthorizedHttpResult, Conflict<ImportProgress>>> PostImportAsync(
        HttpContext http,
        [AsParameters] ImportQuery query,
        ApiKeyValidator keys,
        ImportRegistry registry,
        ImportRunner runner,
        IOptions<ImportOptions> options,
        IOptions<IngestOptions> ingest,
        TimeProvider time)
    {
        var request = http.Request;
        if (!keys.IsValid(request.Headers[ApiKeyValidator.Header]))
        {
            return TypedResults.Unauthorized();
        }

        if (request.ContentLength > options.Value.MaxBodyBytes)
        {
            return ProblemTexts.Problem(Text.Of("problem.bodyTooLarge", ("max", options.Value.MaxBodyBytes), ("setting", "Import:MaxBodyBytes")), StatusCodes.Status413PayloadTooLarge);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = options.Value.MaxBodyBytes;
        }

        var (settings, error) = ReadSettings(query, request, time, ingest.Value.WindowAt(time.GetUtcNow()));
        if (settings is null)
        {
            return ProblemTexts.Problem(error!, StatusCodes.Status400BadRequest);
        }

        var job = registry.Start(query.ImportId);
        if (job is null)
        {
            return TypedResults.Conflict(registry.Find(query.ImportId!)!.Snapshot(time.GetUtcNow()));
        }

        var cancellationToken = http.RequestAborted;
        try
        {
            var (encoding, format) = await ImportBodyReader.SniffAsync(request.BodyReader, settings, cancellationToken);
            job.Format = format;
            job.EncodingName = encoding.WebName;
            using var text = new StreamReader(request.BodyReader.AsStream(), encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
            await runner.RunAsync(job, ImportBodyReader.ReadAsync(text, format, settings, cancellationToken), cancellationToken);
        }
        catch (TextException ex)
        {
            job.Fail(time.GetUtcNow(), ex.Text);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ProblemTexts.Problem(Text.Of("problem.bodyTooLarge", ("max", options.Value.MaxBodyBytes), ("setting", "Import:MaxBodyBytes")), StatusCodes.Status413PayloadTooLarge);
        }

        var result = job.Snapshot(time.GetUtcNow());
        return result.Status == "failed" && result.Records == 0
            ? ProblemTexts.Problem(FailureOf(result), StatusCodes.Status400BadRequest)
            : TypedResults.Ok(result);
    }

    public static Results<Ok<ImportProgress>, NotFound, UnauthorizedHttpResult> GetImport(
        string id, HttpRequest request, ApiKeyValidator keys, ImportRegistry registry, TimeProvider time)
    {
        if (!keys.IsValid(request.Headers[ApiKeyValidator.Header]))
        {
            return TypedResults.Unauthorized();
        }

        return registry.Find(id) is { } job ? TypedResults.Ok(job.Snapshot(time.GetUtcNow())) : TypedResults.NotFound();
    }

    private static (ImportBodyReader.Settings? Settings, Text? Error) ReadSettings(ImportQuery query, HttpRequest request, TimeProvider time, OccurredAtWindow window)
    {
        var contentType = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed : null;
        var formatName = query.Format ?? contentType?.MediaType.Value;
        ImportFormat? format = formatName?.ToLowerInvariant() switch
        {
            "csv" or "text/csv" or "application/csv" => ImportFormat.Csv,
            "jsonl" or "ndjson" or "application/x-ndjson" or "application/jsonl" or "application/json-lines" or "application/x-jsonlines" => ImportFormat.JsonLines,
            _ => null,
        };
        if (format is null && query.Format is not null)
        {
            return (null, Text.Of("import.badFormat", ("value", query.Format)));
        }

        var start = time.GetUtcNow().Date.AddDays(-1);
        var startAt = new DateTimeOffset(start, TimeSpan.Zero);
        if (query.Start is not null && !DateTimeOffset.TryParse(query.Start, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out startAt))
        {
            return (null, Text.Of("import.badStart", ("value", query.Start)));
        }

        if (window.Check(startAt) is { } outside)
        {
            return (null, outside.Inside("import.startOutside"));
        }

        var offset = TimeSpan.Zero;
        if (query.Tz is not null && !TryParseOffset(query.Tz, out offset))
        {
            return (null, Text.Of("import.badTz", ("value", query.Tz)));
        }

        var charset = query.Charset ?? contentType?.Charset.Value;
        if (charset is not null)
        {
            try
            {
                ImportEncoding.Named(charset);
            }
            catch (TextException ex)
            {
                return (null, ex.Text);
            }
        }

        var timeline = new DialogueTimeline
        {
            Start = startAt,
            StoreId = string.IsNullOrWhiteSpace(query.StoreId) ? Vocabulary.DefaultStoreId : query.StoreId,
            TeamId = query.TeamId,
            Agents = Math.Clamp(query.Agents ?? 24, 1, 10_000),
            IdPrefix = query.IdPrefix ?? string.Empty,
        };
        return (new ImportBodyReader.Settings(format, charset, offset, timeline, window), null);
    }

    /// <summary>"Import {id} failed: {reason}", the reason in the reader's language.</summary>
    private static Text FailureOf(ImportProgress result) =>
        new Text(result.Failure!.MessageKey, new Dictionary<string, string>(result.Failure.Args) { ["importId"] = result.ImportId }).Inside("import.failed");

    private static bool TryParseOffset(string text, out TimeSpan offset)
    {
        var t = text.Trim();
        var sign = t.StartsWith('-') ? -1 : 1;
        var ok = TimeSpan.TryParseExact(t.TrimStart('+', '-'), @"hh\:mm", CultureInfo.InvariantCulture, out offset);
        offset *= sign;
        return ok && offset >= TimeSpan.FromHours(-14) && offset <= TimeSpan.FromHours(14);
    }
}
