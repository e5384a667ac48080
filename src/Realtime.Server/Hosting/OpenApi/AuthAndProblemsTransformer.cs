using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace Realtime.Server.Hosting.OpenApi;

/// <summary>
/// Marks each operation with how it is authenticated and adds the problem+json answers every client must handle:
/// <c>400</c>, <c>401</c>, <c>403</c> (token endpoints), <c>429</c> (rate limited), <c>503</c> (cluster unavailable).
/// </summary>
public sealed class AuthAndProblemsTransformer : IOpenApiOperationTransformer
{
    private static readonly string[] KeyedPaths = ["api/events", "api/import", "api/connectors"];

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var path = context.Description.RelativePath ?? "";
        var keyed = KeyedPaths.Any(p => path.StartsWith(p, StringComparison.Ordinal));
        var token = !keyed && metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        var problem = await ProblemSchemaAsync(context, cancellationToken);

        operation.Responses ??= new OpenApiResponses();
        if (keyed || token)
        {
            var scheme = new OpenApiSecuritySchemeReference(keyed ? SecuritySchemesTransformer.ApiKey : SecuritySchemesTransformer.Bearer, context.Document);
            operation.Security = [new OpenApiSecurityRequirement { [scheme] = [] }];
            Add(operation, "401", keyed ? "Missing or wrong X-Api-Key." : "Missing, expired or invalid bearer token.", problem);
        }

        if (token)
        {
            Add(operation, "403", "The token's role or team/store scope does not reach this resource.", problem);
        }

        if (operation.RequestBody is not null || operation.Parameters?.Count > 0 || keyed)
        {
            Add(operation, "400", "The request is malformed; detail (and errors) name each bad field.", problem);
        }

        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            Add(operation, "429", "Rate limited; retry after the Retry-After header's seconds.", problem);
        }

        Add(operation, "503", "The cluster is unavailable; nothing was applied, retry.", problem);
    }

    private static void Add(OpenApiOperation operation, string status, string description, IOpenApiSchema schema) =>
        operation.Responses!.TryAdd(status, new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = schema } },
        });

    private static async Task<IOpenApiSchema> ProblemSchemaAsync(OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        const string Id = "ProblemDetails";
        if (context.Document?.Components?.Schemas?.ContainsKey(Id) != true)
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken);
            context.Document!.AddComponent(Id, schema);
        }

        return new OpenApiSchemaReference(Id, context.Document);
    }
}
