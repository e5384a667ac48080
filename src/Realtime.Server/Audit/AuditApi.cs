using Realtime.Server.Texts;
using Realtime.Contracts.Texts;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Realtime.Grains.Audit;
using Realtime.Server.Auth;

namespace Realtime.Server.Audit;

public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", GetAuditAsync).RequireAuthorization().RequireRateLimiting(RateLimits.Api);
        return app;
    }

    /// <summary>
    /// Admins only. <c>from</c>/<c>to</c>: <c>YYYY-MM-DD</c> (a whole UTC day, <c>to</c> inclusive) or an ISO 8601 instant;
    /// default the last 7 days; at most <see cref="GrainAuditLog.MaxDays"/> days. Newest first.
    /// </summary>
    public static async Task<Results<Ok<List<AuditEntry>>, ForbidHttpResult, ProblemHttpResult>> GetAuditAsync(
        string? from, string? to, string? kind, HttpContext http, IAuditLog audit, TimeProvider time)
    {
        if (!AccessScope.From(http.User).IsAdmin)
        {
            return TypedResults.Forbid();
        }

        var now = time.GetUtcNow();
        var end = to is null ? now : ParseBound(to, endOfDay: true);
        var start = from is null ? end.AddDays(-7) : ParseBound(from, endOfDay: false);
        if (start == DateTimeOffset.MinValue || end == DateTimeOffset.MinValue)
        {
            return ProblemTexts.Problem(Text.Of("problem.audit.dates"), 400);
        }

        if (end <= start || end - start > TimeSpan.FromDays(GrainAuditLog.MaxDays))
        {
            return ProblemTexts.Problem(Text.Of("problem.audit.period", ("days", GrainAuditLog.MaxDays)), 400);
        }

        var entries = await audit.QueryAsync(start, end, string.IsNullOrWhiteSpace(kind) ? null : kind);
        return TypedResults.Ok(entries.OrderByDescending(e => e.At).ThenByDescending(e => e.AuditId, StringComparer.Ordinal).ToList());
    }

    private static DateTimeOffset ParseBound(string value, bool endOfDay)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return endOfDay ? start.AddDays(1) : start;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : DateTimeOffset.MinValue;
    }
}
