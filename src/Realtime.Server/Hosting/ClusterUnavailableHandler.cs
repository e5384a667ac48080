using Microsoft.AspNetCore.Diagnostics;

namespace Realtime.Server.Hosting;

/// <summary>
/// While the cluster is moving grains off a dead process, calls to them fail for a few seconds: answer those with
/// 503 and Retry-After rather than 500, so clients retry.
/// </summary>
public sealed class ClusterUnavailableHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not (SiloUnavailableException or OrleansMessageRejectionException or TimeoutException or OrleansException))
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = "2";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Title = "Temporarily unavailable", Detail = "Part of the cluster is recovering; retry shortly.", Status = 503 },
        });
    }
}
