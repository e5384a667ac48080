namespace Realtime.Server.Hosting.Proxy;

/// <summary>
/// <c>ForwardedHeaders:*</c>: the reverse proxies (nginx, an ingress, a load balancer) whose <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> are believed. Nothing configured: forwarded headers are ignored and the peer address is the client.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Proxy addresses, e.g. <c>10.0.0.5</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR form, e.g. <c>10.0.0.0/8</c> (a Kubernetes pod network).</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxy hops of <c>X-Forwarded-For</c> are read, right to left.</summary>
    public int ForwardLimit { get; set; } = 1;

    public bool IsConfigured => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}
