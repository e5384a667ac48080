using System.ComponentModel.DataAnnotations;

namespace Realtime.Server.Auth;

/// <summary><c>RateLimits:*</c>: requests allowed before the server answers <c>429</c> with <c>Retry-After</c>.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary><c>POST /api/events</c> requests per second per API key (a token bucket; invalid keys share one bucket per address).</summary>
    [Range(1, 1_000_000)]
    public int IngestRequestsPerSecond { get; set; } = 2000;

    /// <summary>Requests per minute per signed-in user on every other <c>/api/*</c> endpoint.</summary>
    [Range(1, 10_000_000)]
    public int ApiRequestsPerMinute { get; set; } = 6000;

    /// <summary><c>POST /api/auth/token</c> attempts per minute per client address (password guessing).</summary>
    [Range(1, 100_000)]
    public int LoginAttemptsPerMinute { get; set; } = 20;
}
