using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Realtime.Server.Tests.Security;

namespace Realtime.Server.Tests.Hosting;

/// <summary>The server with low limits behind one configured proxy; clients connect from a chosen peer address.</summary>
public sealed class BehindProxyAppFactory : LowLimitsAppFactory
{
    public static readonly IPAddress Proxy = IPAddress.Parse("10.0.0.5");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ForwardedHeaders:KnownProxies:0", Proxy.ToString());
    }

    /// <summary>A client whose requests arrive from <paramref name="peer"/>, optionally carrying <c>X-Forwarded-For</c>.</summary>
    public HttpClient CreateClientFrom(IPAddress peer, string? forwardedFor = null, string? bearer = null)
    {
        var client = new HttpClient(Server.CreateHandler(c => c.Connection.RemoteIpAddress = peer)) { BaseAddress = Server.BaseAddress };
        if (forwardedFor is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }

        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return client;
    }
}
