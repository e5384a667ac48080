using Microsoft.AspNetCore.Hosting;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Security;

/// <summary>The real server with rate limits low enough to reach in a test.</summary>
public class LowLimitsAppFactory : RealtimeAppFactory
{
    public const int IngestPerSecond = 3;
    public const int ApiPerMinute = 5;
    public const int LoginPerMinute = 8;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:IngestRequestsPerSecond", IngestPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:ApiRequestsPerMinute", ApiPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:LoginAttemptsPerMinute", LoginPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
