using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Realtime.Contracts.Texts;
using Realtime.Server.Ingest;
using Realtime.Server.Texts;

namespace Realtime.Server.Auth;

/// <summary>Rate limits: login attempts per client address; API calls per user; ingest per API key.</summary>
public static class RateLimits
{
    public const string Login = "login";
    public const string Api = "api";
    public const string Ingest = "ingest";

    public static IServiceCollection AddRealtimeRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, cancellationToken) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                    : 1;
                var response = context.HttpContext.Response;
                response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await ProblemTexts.Problem(Text.Of("problem.rateLimited", ("seconds", seconds)), StatusCodes.Status429TooManyRequests)
                    .ExecuteAsync(context.HttpContext);
            };
            o.AddPolicy(Login, http => RateLimitPartition.GetFixedWindowLimiter(
                Address(http),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Limits(http).LoginAttemptsPerMinute, Window = TimeSpan.FromMinutes(1) }));
            o.AddPolicy(Api, http => RateLimitPartition.GetFixedWindowLimiter(
                http.User.Identity?.IsAuthenticated == true ? "user:" + http.User.Identity.Name : Address(http),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Limits(http).ApiRequestsPerMinute, Window = TimeSpan.FromMinutes(1) }));
            o.AddPolicy(Ingest, http => RateLimitPartition.GetTokenBucketLimiter(
                IngestPartition(http),
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = Limits(http).IngestRequestsPerSecond,
                    TokensPerPeriod = Limits(http).IngestRequestsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                }));
        });
        return services;
    }

    private static RateLimitOptions Limits(HttpContext http) => http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;

    private static string Address(HttpContext http) => "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    /// <summary>A valid key is its own partition; made-up keys fall into their address's partition, so they cannot mint buckets.</summary>
    private static string IngestPartition(HttpContext http)
    {
        var key = http.Request.Headers[ApiKeyValidator.Header].ToString();
        return http.RequestServices.GetRequiredService<ApiKeyValidator>().IsValid(key) ? "key:" + key : Address(http);
    }
}
