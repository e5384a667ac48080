using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace Realtime.Server.Auth;

/// <summary>
/// Answers bodies and parameters that cannot be bound (not JSON, wrong types, too deep) with problem+json naming why.
/// The reason comes from the parser (a JSON path and position), never from the body's content.
/// </summary>
public sealed class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var reason = bad.InnerException is JsonException json ? $"{bad.Message} {json.Message}" : bad.Message;
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Title = "Bad request", Detail = reason, Status = bad.StatusCode },
        });
    }
}
