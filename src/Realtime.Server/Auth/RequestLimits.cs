using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Realtime.Contracts.Texts;
using Realtime.Server.Texts;

namespace Realtime.Server.Auth;

/// <summary>Limits on what a JSON body may be (rulesets, alert notes, reveal reasons); ingest has its own reader.</summary>
public static class RequestLimits
{
    /// <summary>Nesting depth of any JSON body; the deepest legitimate document (a ruleset) needs 6.</summary>
    public const int MaxJsonDepth = 16;

    /// <summary>
    /// Body limit of every endpoint but ingest, connectors and import (which have <c>Ingest:MaxBodyBytes</c> and <c>Import:MaxBodyBytes</c>);
    /// the largest ruleset allowed fits.
    /// </summary>
    public const long MaxApiBodyBytes = 2 * 1024 * 1024;

    /// <summary>Answers 413 for a declared body over <see cref="MaxApiBodyBytes"/> and caps undeclared (chunked) ones at the server.</summary>
    public static WebApplication UseRealtimeRequestLimits(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api/events") || context.Request.Path.StartsWithSegments("/api/import")
                || context.Request.Path.StartsWithSegments("/api/connectors"))
            {
                await next();
                return;
            }

            if (context.Request.ContentLength > MaxApiBodyBytes)
            {
                await ProblemTexts.Problem(Text.Of("problem.apiBodyTooLarge", ("max", MaxApiBodyBytes)), StatusCodes.Status413PayloadTooLarge)
                    .ExecuteAsync(context);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = MaxApiBodyBytes;
            }

            await next();
        });
        return app;
    }

    public static IServiceCollection AddRealtimeRequestLimits(this IServiceCollection services)
    {
        services.Configure<JsonOptions>(o => o.SerializerOptions.MaxDepth = MaxJsonDepth);

        // Unreadable bodies become exceptions so BadRequestHandler can answer them with the reason, in every environment.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<BadRequestHandler>();
        return services;
    }
}
