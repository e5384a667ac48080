using System.Diagnostics;
using Realtime.LoadTests.Diagnostics;
using Realtime.Testing.Redis;

namespace Realtime.LoadTests.Hosting;

/// <summary>
/// The product under measurement: one embedded server process, or N production-mode processes (Redis clustering,
/// storage, backplane and ingest stream) sharing a redis-server of their own. Everything is stopped on dispose.
/// </summary>
public sealed class ProductServers : IAsyncDisposable
{
    /// <summary>Shared by all processes, so a token issued by one is accepted by every other.</summary>
    public const string SigningKey = "loadtest-cluster-signing-key-0123456789abcdef";

    /// <summary>The server's default consumer group of the ingest stream.</summary>
    public const string StreamGroup = "realtime";

    private readonly List<ChildProcess> _processes = [];
    private readonly RedisServer? _redis;
    private StreamMonitor? _stream;

    private ProductServers(RedisServer? redis) => _redis = redis;

    public IReadOnlyList<ChildProcess> Processes => _processes;

    public IReadOnlyList<Uri> BaseAddresses => [.. _processes.Select(p => p.BaseAddress)];

    /// <summary>The ingest stream and redis-server in cluster mode; null when embedded.</summary>
    public StreamMonitor? Stream => _stream;

    public bool IsCluster => _redis is not null;

    public string Mode => IsCluster ? $"cluster, {_processes.Count} process{(_processes.Count == 1 ? string.Empty : "es")}, Redis storage + stream" : "embedded";

    /// <summary>The embedded default (in-memory silo, storage and ingest), as the benchmark always measured it.</summary>
    public static async Task<ProductServers> StartEmbeddedAsync()
    {
        var servers = new ProductServers(null);
        servers._processes.Add(await Launcher.StartServerAsync());
        return servers;
    }

    /// <summary>A redis-server, then <paramref name="count"/> production-mode processes one after another (each ready before the next).</summary>
    public static async Task<ProductServers> StartClusterAsync(int count)
    {
        var servers = new ProductServers(await RedisServer.StartAsync());
        try
        {
            var redis = servers._redis!.ConnectionString;
            var clusterId = $"loadtest-{Guid.NewGuid():N}";
            var streamKey = $"{clusterId}:events";
            var environment = new Dictionary<string, string>
            {
                // As tests/Realtime.Cluster.Tests/Support/ServerNode.cs starts a node; Launcher adds the rest.
                ["Cluster__Provider"] = "Redis",
                ["Cluster__ClusterId"] = clusterId,
                ["Cluster__ServiceId"] = clusterId,
                ["Cluster__SiloPort"] = "0",
                ["Cluster__GatewayPort"] = "0",
                ["Storage__Provider"] = "Redis",
                ["Redis__ConnectionString"] = redis,
                ["Ingest__Stream__Key"] = streamKey,
                ["Ingest__Stream__ClaimIdleSeconds"] = "3",
                ["Auth__SigningKey"] = SigningKey,
            };
            for (var i = 0; i < count; i++)
            {
                servers._processes.Add(await Launcher.StartServerAsync(environment));
            }

            servers._stream = await StreamMonitor.ConnectAsync(redis, streamKey, StreamGroup);
            return servers;
        }
        catch
        {
            await servers.DisposeAsync();
            throw;
        }
    }

    /// <summary>CPU and working set of all server processes, added up.</summary>
    public ProcStat Stat() => ProcStat.Sum(_processes.Select(p => p.Pid));

    /// <summary>GC figures of all server processes, added up.</summary>
    public async Task<GcFigures> GcAsync(bool collect) =>
        GcFigures.Sum(await Task.WhenAll(_processes.Select(p => p.GcAsync(collect))));

    /// <summary>Describes where each process logs.</summary>
    public IEnumerable<string> Describe() =>
        _processes.Select((p, i) => $"Server {i} pid {p.Pid}, {p.BaseAddress}, log {p.LogPath}")
            .Concat(_redis is { } r ? [$"redis-server {r.ConnectionString}, stream {Stream?.Key}"] : []);

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_stream is not null)
            {
                await _stream.DisposeAsync();
            }

            var failures = new List<Exception>();
            for (var i = _processes.Count - 1; i >= 0; i--)
            {
                try
                {
                    await _processes[i].DisposeAsync();
                }
                catch (Exception ex)
                {
                    failures.Add(ex);
                }
            }

            if (failures.Count > 0)
            {
                throw new AggregateException("Stopping the server processes failed.", failures);
            }
        }
        finally
        {
            if (_redis is not null)
            {
                await _redis.DisposeAsync();
            }
        }
    }
}
