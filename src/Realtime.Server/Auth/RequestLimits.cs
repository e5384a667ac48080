using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;

namespace Realtime.Server.Auth;

/// <summary>Limits on what a JSON body may be (rulesets, alert notes, reveal reasons); ingest has its own reader.</summary>
public static class RequestLimits
{
    /// <summary>Nesting depth of any JSON body; the deepest legitimate document (a ruleset) needs 6.</summary>
    public const int MaxJsonDepth = 16;

    public static IServiceCollection AddRealtimeRequestLimits(this IServiceCollection services)
    {
        services.Configure<JsonOptions>(o => o.SerializerOptions.MaxDepth = MaxJsonDepth);

        // Unreadable bodies become exceptions so BadRequestHandler can answer them with the reason, in every environment.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<BadRequestHandler>();
        return services;
    }
}
