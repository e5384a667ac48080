using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Hosting;

public sealed partial class OpenApiDocumentTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    [Fact]
    public async Task Every_mapped_api_endpoint_is_in_the_document()
    {
        using var client = app.CreateClient();
        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var described = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {p.Name}"))
            .ToHashSet();

        var mapped = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => $"{m} {Normalize(e.RoutePattern.RawText!)}"))
            .ToHashSet();

        Assert.True(mapped.Count >= 40, $"only {mapped.Count} endpoints found");
        Assert.Empty(mapped.Except(described).Order());
    }

    [Fact]
    public async Task Operations_carry_their_auth_and_problem_answers_and_ingest_has_an_example_per_event_type()
    {
        using var client = app.CreateClient();
        var paths = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement.GetProperty("paths");

        var floor = paths.GetProperty("/api/floor").GetProperty("get");
        Assert.True(floor.GetProperty("security")[0].TryGetProperty("Bearer", out _));
        Assert.All(["401", "403", "429"], s => Assert.True(floor.GetProperty("responses").TryGetProperty(s, out _), s));
        var ingest = paths.GetProperty("/api/events").GetProperty("post");
        Assert.True(ingest.GetProperty("security")[0].TryGetProperty("ApiKey", out _));
        Assert.All(["202", "400", "401", "429"], s => Assert.True(ingest.GetProperty("responses").TryGetProperty(s, out _), s));
        var examples = ingest.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("examples");
        Assert.All(Realtime.Contracts.Events.EventTypes.All, t => Assert.Equal(t, examples.GetProperty(t).GetProperty("value").GetProperty("type").GetString()));
        Assert.False(paths.GetProperty("/api/auth/token").GetProperty("post").TryGetProperty("security", out _));
    }

    [Fact]
    public async Task The_document_the_web_types_are_generated_from_is_current()
    {
        using var client = app.CreateClient();
        var served = JsonSerializer.Serialize(JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")), Indented) + "\n";
        var committedPath = Path.Combine(RepositoryRoot(), "web", "openapi", "v1.json");
        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(committedPath, served);
        }

        var committed = File.Exists(committedPath) ? await File.ReadAllTextAsync(committedPath) : "";
        Assert.True(served == committed,
            "web/openapi/v1.json is stale: run `UPDATE_OPENAPI=1 dotnet test tests/Realtime.Server.Tests --filter The_document_the_web_types` then `npm run gen:api` in web/.");
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Realtime.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Realtime.sln not found above the test binaries.");
    }

    /// <summary>Route constraints, optional/catch-all markers and a group's trailing slash are not part of an OpenAPI path.</summary>
    private static string Normalize(string route) => Constraint().Replace(route, "{$1}").TrimEnd('/');

    [GeneratedRegex(@"\{\*{0,2}([A-Za-z0-9_]+)[^}]*\}")]
    private static partial Regex Constraint();
}
