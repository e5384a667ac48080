using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Realtime.Server.Hosting.OpenApi;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c> (every <c>/api</c> endpoint with its auth and problem answers) and the
/// Scalar API reference at <c>/scalar</c>: on in Development, elsewhere with <c>OpenApi:Reference=true</c>.
/// </summary>
public static class OpenApiHosting
{
    public const string DocumentPath = "/openapi/v1.json";

    public static WebApplicationBuilder AddRealtimeOpenApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi("v1", o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer<SecuritySchemesTransformer>();
            o.AddOperationTransformer<AuthAndProblemsTransformer>();
            o.AddOperationTransformer<IngestBodyTransformer>();
            o.AddSchemaTransformer((schema, _, _) =>
            {
                // Numbers are written as numbers; that the reader also accepts "12" is leniency, not the shape.
                if (schema.Type is { } type && type.HasFlag(JsonSchemaType.String)
                    && (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number)))
                {
                    schema.Type = type & ~JsonSchemaType.String;
                    schema.Pattern = null;
                }

                return Task.CompletedTask;
            });
        });
        return builder;
    }

    public static WebApplication MapRealtimeOpenApi(this WebApplication app)
    {
        app.MapOpenApi(DocumentPath);
        if (app.Environment.IsDevelopment() || app.Configuration.GetValue("OpenApi:Reference", false))
        {
            app.MapScalarApiReference(o => o.WithTitle("Realtime API").WithOpenApiRoutePattern(DocumentPath));
        }

        return app;
    }
}
