using Realtime.Testing.Ports;
using Realtime.Testing.Processes;

namespace Realtime.Testing.Redis;

/// <summary>
/// A redis-server owned by a test: started on a loopback port, stopped or killed and restarted on the same port
/// and data folder (fault tests), removed on dispose.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(60);

    private readonly string _executable;
    private readonly bool _ownsDataDirectory;
    private ServerProcess? _process;

    private RedisServer(string executable, RedisServerOptions options, int port, string dataDirectory, bool ownsDataDirectory)
    {
        _executable = executable;
        Options = options;
        Port = port;
        DataDirectory = dataDirectory;
        _ownsDataDirectory = ownsDataDirectory;
    }

    /// <summary>The options it was started with.</summary>
    public RedisServerOptions Options { get; }

    /// <summary>Its port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>Its working folder (append-only file when enabled).</summary>
    public string DataDirectory { get; }

    /// <summary>StackExchange.Redis connection string.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    /// <summary>Whether the server process is running.</summary>
    public bool IsRunning => _process is { IsRunning: true };

    /// <summary>Starts a redis-server; fails with install instructions when redis-server is missing.</summary>
    public static async Task<RedisServer> StartAsync(RedisServerOptions? options = null)
    {
        options ??= new RedisServerOptions();
        string executable = ExecutableLocator.FindOnPath("redis-server")
            ?? throw new InvalidOperationException(
                "redis-server is not installed, and REALTIME_TEST_REDIS is not set. Install it with " +
                "`apt-get install -y redis-server`, or run the tests with `bash infra/test.sh`, which installs it.");
        bool ownsDirectory = options.DataDirectory is null;
        string dataDirectory = options.DataDirectory ?? Directory.CreateTempSubdirectory("realtime-redis-").FullName;
        int port = options.Port == 0 ? FreePort.Next() : options.Port;
        var server = new RedisServer(executable, options, port, dataDirectory, ownsDirectory);
        await server.RestartAsync();
        return server;
    }

    /// <summary>Starts the server again (after <see cref="StopAsync"/> or <see cref="KillAsync"/>) on the same port and folder.</summary>
    public async Task RestartAsync()
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"redis-server on port {Port} is already running.");
        }

        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        _process = ServerProcess.Start(_executable, Arguments(), DataDirectory);
        await _process.WaitUntilReadyAsync(
            $"redis-server on 127.0.0.1:{Port}",
            cancellationToken => RedisPing.AnswersAsync("127.0.0.1", Port, cancellationToken),
            s_startTimeout);
    }

    /// <summary>Shuts down cleanly (the append-only file is flushed), as a graceful restart does.</summary>
    public async Task StopAsync()
    {
        if (_process is null || !_process.IsRunning)
        {
            return;
        }

        await RedisPing.SendAsync("127.0.0.1", Port, "SHUTDOWN");
        await _process.WaitForExitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>Kills the server at once (SIGKILL), as a crash does.</summary>
    public async Task KillAsync()
    {
        if (_process is not null)
        {
            await _process.KillAsync();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        if (_ownsDataDirectory)
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless.
            }
        }
    }

    private List<string> Arguments() =>
    [
        "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--bind", "127.0.0.1",
        "--protected-mode", "yes",
        "--save", string.Empty,
        "--appendonly", Options.AppendOnly ? "yes" : "no",
        "--appendfsync", Options.AppendFsync,
        "--dir", DataDirectory,
        "--daemonize", "no",
        "--logfile", string.Empty,
    ];
}
