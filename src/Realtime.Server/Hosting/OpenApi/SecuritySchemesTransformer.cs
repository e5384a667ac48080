using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Realtime.Server.Hosting.OpenApi;

/// <summary>Declares the two ways in: a bearer token from <c>POST /api/auth/token</c>, and the ingest <c>X-Api-Key</c>.</summary>
public sealed class SecuritySchemesTransformer : IOpenApiDocumentTransformer
{
    public const string Bearer = "Bearer";
    public const string ApiKey = "ApiKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Realtime API";
        document.Info.Description = "Live quality monitor for e-commerce customer service. The public contract: CONTRACT.md; push payloads: web/src/lib/hub-payloads.schema.json.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "A token from POST /api/auth/token; hubs take it as access_token.",
        };
        document.Components.SecuritySchemes[ApiKey] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "X-Api-Key",
            Description = "One of Ingest:ApiKeys.",
        };
        return Task.CompletedTask;
    }
}
