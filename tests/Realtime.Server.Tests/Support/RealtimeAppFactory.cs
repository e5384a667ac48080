using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;

namespace Realtime.Server.Tests.Support;

/// <summary>The real server in-process (embedded silo, memory storage), demo traffic off, a known API key.</summary>
public class RealtimeAppFactory : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-key-1";
    public const string SecondApiKey = "test-key-2";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("Ingest:ApiKeys:0", ApiKey);
        builder.UseSetting("Ingest:ApiKeys:1", SecondApiKey);
        builder.UseSetting("Ingest:MaxBodyBytes", "200000");
        builder.UseSetting("Auth:SigningKey", "tests-signing-key-that-is-long-enough-0123456789");
        builder.UseSetting("RateLimits:ApiRequestsPerMinute", "100000");
        builder.UseSetting("RateLimits:IngestRequestsPerSecond", "100000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    public HttpClient CreateIngestClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    public async Task<HttpClient> CreateUserClientAsync(string user)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(user));
        return client;
    }

    public async Task<string> TokenAsync(string user)
    {
        using var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { name = user, password = "demo" });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<TokenBody>();
        return body!.Token;
    }

    public async Task<HubConnection> ConnectHubAsync(string path, string user)
    {
        var token = await TokenAsync(user);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(Server.BaseAddress, path), o =>
            {
                o.HttpMessageHandlerFactory = _ => Server.CreateHandler();
                o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.LongPolling;
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }

    private sealed record TokenBody(string Token);
}
