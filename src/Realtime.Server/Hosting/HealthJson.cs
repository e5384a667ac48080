using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Realtime.Server.Hosting;

/// <summary>The health answer as JSON: the overall status and each check's status, description and data.</summary>
public static class HealthJson
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        }, JsonSerializerOptions.Web);
    }
}
