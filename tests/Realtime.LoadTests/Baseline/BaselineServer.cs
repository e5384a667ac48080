using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Realtime.Contracts.Events;

namespace Realtime.LoadTests.Baseline;

/// <summary>
/// The bare baseline: Kestrel, one endpoint that deserialises the batch with System.Text.Json and answers 202 with
/// the count. No validation, no grains: what parsing alone costs on this machine.
/// </summary>
public static class BaselineServer
{
    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, BaselineJsonContext.Default));
        var app = builder.Build();
        app.MapGet("/health", () => TypedResults.Ok());
        app.MapPost("/api/events", async (HttpRequest request) =>
        {
            var events = await JsonSerializer.DeserializeAsync(request.Body, BaselineJsonContext.Default.ListConversationEvent);
            return TypedResults.Accepted((string?)null, new IngestResult(events?.Count ?? 0, 0, []));
        });
        await app.RunAsync();
    }
}
