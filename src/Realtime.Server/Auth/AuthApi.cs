using Microsoft.AspNetCore.Http.HttpResults;

namespace Realtime.Server.Auth;

public static class AuthApi
{
    public sealed record TokenRequest(string? Name, string? Password);

    public sealed record TokenResponse(string Token, DateTimeOffset ExpiresAt);

    public sealed record Me(string Name, IReadOnlyCollection<string> Roles, string? AgentId, IReadOnlyCollection<string> TeamIds, IReadOnlyCollection<string> StoreIds)
    {
        public IReadOnlyCollection<string> Permissions { get; init; } = [];
    }

    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/token", IssueToken).AllowAnonymous().RequireRateLimiting(RateLimits.Login);
        app.MapGet("/api/me", GetMe).RequireAuthorization().RequireRateLimiting(RateLimits.Api);
        return app;
    }

    public static Results<Ok<TokenResponse>, UnauthorizedHttpResult, ProblemHttpResult> IssueToken(TokenRequest? request, TokenService tokens)
    {
        if (request?.Name is null || request.Password is null)
        {
            return TypedResults.Problem(detail: "name and password are required.", statusCode: StatusCodes.Status400BadRequest);
        }

        return tokens.Issue(request.Name, request.Password) is { } issued
            ? TypedResults.Ok(new TokenResponse(issued.Token, issued.ExpiresAt))
            : TypedResults.Unauthorized();
    }

    public static Ok<Me> GetMe(HttpContext context)
    {
        var scope = AccessScope.From(context.User);
        return TypedResults.Ok(new Me(scope.Name, [.. scope.Roles], scope.AgentId, [.. scope.TeamIds], [.. scope.StoreIds]) { Permissions = [.. scope.Permissions] });
    }
}
