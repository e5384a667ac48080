using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Realtime.Server.Auth;

/// <summary>Rate limits: login attempts per client address; API calls per user; ingest per API key.</summary>
public static class RateLimits
{
    public const string Login = "login";
    public const string Api = "api";
    public const string Ingest = "ingest";

    public static IServiceCollection AddRealtimeRateLimits(this IServiceCollection services, IConfiguration config)
    {
        var ingestPerSecond = config.GetValue("RateLimits:IngestRequestsPerSecond", 2000);
        var apiPerMinute = config.GetValue("RateLimits:ApiRequestsPerMinute", 6000);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                return ValueTask.CompletedTask;
            };
            o.AddPolicy(Login, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 20, Window = TimeSpan.FromMinutes(1) }));
            o.AddPolicy(Api, http => RateLimitPartition.GetFixedWindowLimiter(
                http.User.Identity?.Name ?? http.Connection.RemoteIpAddress?.ToString() ?? "anonymous",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = apiPerMinute, Window = TimeSpan.FromMinutes(1) }));
            o.AddPolicy(Ingest, http => RateLimitPartition.GetTokenBucketLimiter(
                http.Request.Headers["X-Api-Key"].ToString(),
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = ingestPerSecond,
                    TokensPerPeriod = ingestPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                }));
        });
        return services;
    }
}
