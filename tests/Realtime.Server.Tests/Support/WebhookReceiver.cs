using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;

namespace Realtime.Server.Tests.Support;

/// <summary>A real local HTTP server that records webhook calls; the first call to each path answers 500.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.Ordinal);

    public WebhookReceiver()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapPost("/{name}", async (string name, HttpRequest request) =>
        {
            var attempt = _attempts.AddOrUpdate(name, 1, (_, n) => n + 1);
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            if (attempt == 1)
            {
                return Results.StatusCode(500);
            }

            Calls.Enqueue(new Call(name, request.QueryString.Value ?? "", body, request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString())));
            return Results.Ok(new { errcode = 0 });
        });
    }

    public sealed record Call(string Name, string Query, string Body, Dictionary<string, string> Headers);

    public ConcurrentQueue<Call> Calls { get; } = new();

    public string BaseUrl => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public int Attempts(string name) => _attempts.GetValueOrDefault(name);

    public Task StartAsync() => _app.StartAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
