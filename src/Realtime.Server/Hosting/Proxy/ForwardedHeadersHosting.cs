using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Realtime.Server.Hosting.Proxy;

/// <summary>
/// Behind a configured proxy the client address (rate limits, audit records, logs, traces) and scheme come from
/// <c>X-Forwarded-For</c> / <c>X-Forwarded-Proto</c>; a header sent by any other peer is ignored.
/// </summary>
public static class ForwardedHeadersHosting
{
    public static WebApplicationBuilder AddRealtimeForwardedHeaders(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(ForwardedHeadersSettings.Section).Get<ForwardedHeadersSettings>() ?? new();
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = settings.ForwardLimit;

            // The framework trusts loopback by default; only what is configured is trusted here.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in settings.KnownProxies)
            {
                o.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"{ForwardedHeadersSettings.Section}:KnownProxies: '{proxy}' is not an IP address."));
            }

            foreach (var network in settings.KnownNetworks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                    ? parsed
                    : throw new InvalidOperationException($"{ForwardedHeadersSettings.Section}:KnownNetworks: '{network}' is not a CIDR network such as 10.0.0.0/8."));
            }
        });
        return builder;
    }

    /// <summary>First in the pipeline, so every later stage sees the client's address.</summary>
    public static WebApplication UseRealtimeForwardedHeaders(this WebApplication app)
    {
        var settings = app.Configuration.GetSection(ForwardedHeadersSettings.Section).Get<ForwardedHeadersSettings>() ?? new();
        if (settings.IsConfigured)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}
