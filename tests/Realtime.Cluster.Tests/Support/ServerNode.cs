using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Realtime.Testing;
using Realtime.Testing.Ports;
using Realtime.Testing.Processes;

namespace Realtime.Cluster.Tests.Support;

/// <summary>One real server process of a test cluster (Redis clustering, storage, backplane and ingest stream).</summary>
public sealed class ServerNode : IAsyncDisposable
{
    public const string ApiKey = "cluster-test-key";
    public const string SigningKey = "cluster-test-signing-key-0123456789abcdef";

    private readonly ServerProcess _process;

    private ServerNode(ServerProcess process, string name, int port)
    {
        _process = process;
        Name = name;
        BaseUrl = new Uri($"http://127.0.0.1:{port}");
        Http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
        Http.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
    }

    public string Name { get; }

    public Uri BaseUrl { get; }

    public HttpClient Http { get; }

    public bool IsRunning => _process.IsRunning;

    public static async Task<ServerNode> StartAsync(string name, string redis, string clusterId, params string[] extra)
    {
        var port = FreePort.Next();
        string[] arguments =
        [
            ServerDll(),
            "--urls", $"http://127.0.0.1:{port}",
            "--Demo:Enabled=false",
            "--Cluster:Provider=Redis",
            $"--Cluster:ClusterId={clusterId}",
            $"--Cluster:ServiceId={clusterId}",
            "--Cluster:SiloPort=0",
            "--Cluster:GatewayPort=0",
            "--Storage:Provider=Redis",
            $"--Redis:ConnectionString={redis}",
            $"--Ingest:Stream:Key={clusterId}:events",
            "--Ingest:Stream:ClaimIdleSeconds=3",
            $"--Ingest:ApiKeys:0={ApiKey}",
            $"--Auth:SigningKey={SigningKey}",
            "--RateLimits:IngestRequestsPerSecond=100000",
            "--RateLimits:ApiRequestsPerMinute=1000000",
            "--Logging:LogLevel:Default=Warning",
            .. extra,
        ];
        var process = ServerProcess.Start("dotnet", arguments, Path.GetDirectoryName(arguments[0]));
        var node = new ServerNode(process, name, port);
        await process.WaitUntilReadyAsync($"server {name}", async ct =>
        {
            try
            {
                return (await node.Http.GetAsync("/health/ready", ct)).IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(90));
        return node;
    }

    public async Task<HttpClient> UserClientAsync(string user)
    {
        var client = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(user));
        return client;
    }

    public async Task<HubConnection> ConnectFloorAsync(string user)
    {
        var token = await TokenAsync(user);
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(BaseUrl, "/hubs/floor"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
        await hub.StartAsync();
        await hub.InvokeAsync("Subscribe", null, null);
        return hub;
    }

    public Task KillAsync() => _process.KillAsync();

    public string RecentOutput() => _process.RecentOutput();

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _process.DisposeAsync();
    }

    private async Task<string> TokenAsync(string user)
    {
        var response = await Http.PostAsJsonAsync("/api/auth/token", new { name = user, password = "demo" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenBody>())!.Token;
    }

    /// <summary>The server build next to this test build (same configuration).</summary>
    private static string ServerDll()
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var dll = Path.Combine(RepositoryPaths.Root, "src", "Realtime.Server", "bin", configuration, "net10.0", "Realtime.Server.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build src/Realtime.Server ({configuration}) first.", dll);
    }

    private sealed record TokenBody(string Token);
}
