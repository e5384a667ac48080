namespace Realtime.Server.Hosting;

/// <summary><c>Cluster:*</c> and <c>Storage:*</c> (CONTRACT §7).</summary>
public sealed class RealtimeClusterOptions
{
    public const string Section = "Cluster";

    /// <summary><c>Localhost</c> (one process) or <c>Redis</c> (N processes on one Redis form a cluster).</summary>
    public string Provider { get; set; } = "Localhost";
    public string ClusterId { get; set; } = "realtime";
    public string ServiceId { get; set; } = "realtime";
    public int SiloPort { get; set; } = 11111;
    public int GatewayPort { get; set; } = 30000;

    /// <summary>Membership probe timeout; two missed probes declare a process dead.</summary>
    public int ProbeTimeoutSeconds { get; set; } = 2;

    public bool IsRedis => string.Equals(Provider, "Redis", StringComparison.OrdinalIgnoreCase);

    /// <summary>The one place that decides whether this process joins a Redis cluster (<c>Cluster:Provider=Redis</c>).</summary>
    public static bool IsClustered(IConfiguration config) =>
        (config.GetSection(Section).Get<RealtimeClusterOptions>() ?? new RealtimeClusterOptions()).IsRedis;
}
