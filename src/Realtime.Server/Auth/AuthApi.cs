using Microsoft.AspNetCore.Http.HttpResults;
using Realtime.Contracts.Texts;
using Realtime.Server.Texts;

namespace Realtime.Server.Auth;

public static class AuthApi
{
    public sealed record TokenRequest(string? Name, string? Password);

    public sealed record TokenResponse(string Token, DateTimeOffset ExpiresAt);

    public sealed record Me(string Name, IReadOnlyCollection<string> Roles, string? AgentId, IReadOnlyCollection<string> TeamIds, IReadOnlyCollection<string> StoreIds)
    {
        public IReadOnlyCollection<string> Permissions { get; init; } = [];

        /// <summary>The language the user saved (<c>zh-CN</c> / <c>en-US</c>), null when none.</summary>
        public string? Language { get; init; }
    }

    public sealed record LanguageRequest(string? Language);

    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/token", IssueToken).AllowAnonymous().RequireRateLimiting(RateLimits.Login);
        app.MapGet("/api/me", GetMe).RequireAuthorization().RequireRateLimiting(RateLimits.Api);
        app.MapPut("/api/me/language", PutLanguage).RequireAuthorization().RequireRateLimiting(RateLimits.Api);
        return app;
    }

    public static Results<Ok<TokenResponse>, UnauthorizedHttpResult, ProblemHttpResult> IssueToken(TokenRequest? request, TokenService tokens)
    {
        if (request?.Name is null || request.Password is null)
        {
            return ProblemTexts.Problem(Text.Of("problem.credentialsRequired"), StatusCodes.Status400BadRequest);
        }

        return tokens.Issue(request.Name, request.Password) is { } issued
            ? TypedResults.Ok(new TokenResponse(issued.Token, issued.ExpiresAt))
            : TypedResults.Unauthorized();
    }

    public static async Task<Ok<Me>> GetMe(HttpContext context, UserLanguages languages)
    {
        var scope = AccessScope.From(context.User);
        return TypedResults.Ok(new Me(scope.Name, [.. scope.Roles], scope.AgentId, [.. scope.TeamIds], [.. scope.StoreIds])
        {
            Permissions = [.. scope.Permissions],
            Language = await languages.GetAsync(scope.Name),
        });
    }

    /// <summary>Saves the user's language (<c>{"language": "zh-CN"}</c>; null forgets it): server texts follow it.</summary>
    public static async Task<Results<Ok<LanguageRequest>, ProblemHttpResult>> PutLanguage(LanguageRequest? request, HttpContext context, UserLanguages languages)
    {
        var language = UserLanguages.Normalize(request?.Language);
        if (request?.Language is not null && language is null)
        {
            return ProblemTexts.Problem(Text.Of("problem.language.unsupported", ("value", request.Language)), StatusCodes.Status400BadRequest);
        }

        await languages.SetAsync(AccessScope.From(context.User).Name, language);
        return TypedResults.Ok(new LanguageRequest(language));
    }
}
