using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Realtime.Contracts.Import;
using Realtime.Contracts.Texts;
using Realtime.Server.Connectors.Chatwoot;
using Realtime.Server.Connectors.Generic;
using Realtime.Server.Ingest;
using Realtime.Server.Texts;

namespace Realtime.Server.Connectors;

/// <summary>
/// Webhooks of help desks, turned into CONTRACT events: <c>POST /api/connectors/chatwoot</c> and
/// <c>POST /api/connectors/generic/{source}</c>. Unverified → 401, unreadable → 400, unmappable → 422; in all
/// three nothing is recorded. A well-formed webhook that carries nothing for us answers 202 with <c>ignored</c>.
/// </summary>
public static class ConnectorsApi
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    public static IHostApplicationBuilder AddRealtimeConnectors(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ChatwootOptions>().BindConfiguration(ChatwootOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<GenericConnectorOptions>().BindConfiguration(GenericConnectorOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<GenericConnectorOptions>, GenericConnectorOptionsValidator>();
        builder.Services.AddSingleton<ChatwootVerifier>();
        builder.Services.AddSingleton<ConnectorIngest>();
        return builder;
    }

    public static IEndpointRouteBuilder MapConnectorsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/connectors").AllowAnonymous().DisableAntiforgery().RequireRateLimiting(Auth.RateLimits.Ingest);
        api.MapPost("/chatwoot", PostChatwootAsync).WithName("PostChatwoot");
        api.MapPost("/generic/{source}", PostGenericAsync).WithName("PostGeneric");
        return app;
    }

    public static async Task<Results<Accepted<ConnectorResult>, UnprocessableEntity<ConnectorResult>, ProblemHttpResult, UnauthorizedHttpResult, NotFound>> PostChatwootAsync(
        HttpRequest request, ChatwootVerifier verifier, ConnectorIngest ingest, IOptions<ChatwootOptions> options, IOptions<IngestOptions> ingestOptions, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return TypedResults.NotFound();
        }

        var body = await BodyReader.ReadAsync(request, ingestOptions.Value.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return TooLarge(ingestOptions.Value.MaxBodyBytes);
        }

        if (verifier.Verify(request, body.Value.Span) is { } why)
        {
            return ProblemTexts.Problem(why.Inside("connector.unverified"), StatusCodes.Status401Unauthorized);
        }

        if (Parse(body.Value) is not { } document)
        {
            return BadBody(Text.Of("connector.notJson"));
        }

        using (document)
        {
            if (!JsonUnicode.IsValid(document.RootElement))
            {
                return BadBody(Text.Of("connector.notUnicode"));
            }

            var mapped = new ChatwootMapper(options.Value).Map(document.RootElement);
            if (mapped.Error is not null)
            {
                return BadBody(mapped.Error.Inside("connector.chatwoot.unreadable"));
            }

            return Answer(await ingest.ApplyAsync(mapped.Events, mapped.Ignored));
        }
    }

    public static async Task<Results<Accepted<ConnectorResult>, UnprocessableEntity<ConnectorResult>, ProblemHttpResult, UnauthorizedHttpResult, NotFound>> PostGenericAsync(
        string source, HttpRequest request, ConnectorIngest ingest, ApiKeyValidator ingestKeys, IOptions<GenericConnectorOptions> options, IOptions<IngestOptions> ingestOptions, CancellationToken cancellationToken)
    {
        if (!options.Value.Sources.TryGetValue(source, out var mapping))
        {
            return TypedResults.NotFound();
        }

        string? key = request.Headers[ApiKeyValidator.Header];
        key = string.IsNullOrEmpty(key) ? request.Query["key"] : key;
        if (mapping.ApiKeys.Count > 0 ? !Matches(mapping.ApiKeys, key) : !ingestKeys.IsValid(key))
        {
            return TypedResults.Unauthorized();
        }

        var body = await BodyReader.ReadAsync(request, ingestOptions.Value.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return TooLarge(ingestOptions.Value.MaxBodyBytes);
        }

        if (Parse(body.Value) is not { } document)
        {
            return BadBody(Text.Of("connector.notJson"));
        }

        using (document)
        {
            if (!JsonUnicode.IsValid(document.RootElement))
            {
                return BadBody(Text.Of("connector.notUnicode"));
            }

            var (items, error) = GenericMapper.Map(source, mapping, document.RootElement);
            return items is null ? BadBody(error!) : Answer(await ingest.ApplyAsync(items));
        }
    }

    private static Results<Accepted<ConnectorResult>, UnprocessableEntity<ConnectorResult>, ProblemHttpResult, UnauthorizedHttpResult, NotFound> Answer(ConnectorResult result) =>
        result.Rejected.Count > 0 ? TypedResults.UnprocessableEntity(result) : TypedResults.Accepted((string?)null, result);

    private static ProblemHttpResult BadBody(Text detail) => ProblemTexts.Problem(detail, StatusCodes.Status400BadRequest);

    private static ProblemHttpResult TooLarge(long limit) =>
        ProblemTexts.Problem(Text.Of("problem.bodyTooLarge", ("max", limit), ("setting", "Ingest:MaxBodyBytes")), StatusCodes.Status413PayloadTooLarge);

    private static JsonDocument? Parse(ReadOnlyMemory<byte> body)
    {
        try
        {
            return JsonDocument.Parse(body, DocumentOptions);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool Matches(List<string> keys, string? presented)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return false;
        }

        var given = Encoding.UTF8.GetBytes(presented);
        var ok = false;
        foreach (var key in keys)
        {
            ok |= CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(key));
        }

        return ok;
    }
}
