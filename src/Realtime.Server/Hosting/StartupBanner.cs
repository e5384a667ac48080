using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Realtime.Server.Auth;
using Realtime.Server.Demo;
using Realtime.Server.Ingest;

namespace Realtime.Server.Hosting;

/// <summary>Prints where the wallboard is, and the demo key and users of the embedded default.</summary>
public sealed class StartupBanner(
    IServer server, IHostApplicationLifetime lifetime, IOptions<IngestOptions> ingest, IOptions<AuthOptions> auth, IOptions<DemoOptions> demo)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            var urls = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            Console.WriteLine();
            Console.WriteLine("Realtime is running.");
            foreach (var url in urls)
            {
                Console.WriteLine($"  Wallboard:   {url.Replace("0.0.0.0", "localhost", StringComparison.Ordinal).Replace("[::]", "localhost", StringComparison.Ordinal)}");
            }

            Console.WriteLine($"  Demo traffic: {(demo.Value.Enabled ? "on" : "off")}");
            if (ingest.Value.ApiKeys.Count > 0 && ingest.Value.ApiKeys[0].StartsWith("demo-", StringComparison.Ordinal))
            {
                Console.WriteLine($"  Ingest key (X-Api-Key): {ingest.Value.ApiKeys[0]}");
            }

            if (auth.Value.AllowPlainPasswords)
            {
                Console.WriteLine($"  Demo users (password '{DemoUsers.Password}'): {string.Join(", ", auth.Value.Users.Select(u => $"{u.Name} [{string.Join('/', u.Roles)}]"))}");
            }

            Console.WriteLine();
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
