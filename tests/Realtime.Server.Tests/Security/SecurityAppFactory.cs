using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Security;

/// <summary>The real server with every Realtime and ASP.NET Core log line captured at Debug, and one allowed CORS origin.</summary>
public sealed class SecurityAppFactory : RealtimeAppFactory
{
    public const string AllowedOrigin = "https://wallboard.example.com";

    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Logging:LogLevel:Realtime", "Trace");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Debug");
        builder.UseSetting("Cors:Origins:0", AllowedOrigin);
        builder.ConfigureServices(s => s.AddLogging(l => l.AddProvider(Logs)));
    }
}
