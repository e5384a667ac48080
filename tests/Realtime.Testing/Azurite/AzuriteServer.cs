using System.Globalization;
using Realtime.Testing.Ports;
using Realtime.Testing.Processes;

namespace Realtime.Testing.Azurite;

/// <summary>An in-memory Azurite table service owned by a test, on a free loopback port.</summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(90);

    private readonly ServerProcess _process;

    private AzuriteServer(ServerProcess process, int port)
    {
        _process = process;
        Port = port;
    }

    /// <summary>Its table service port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>Connection string for <c>Azure.Data.Tables</c>.</summary>
    public string ConnectionString => AzuriteConnectionStrings.ForTablePort(Port);

    /// <summary>The path of the azurite-table launcher that infra/package.json installs.</summary>
    public static string Executable => Path.Combine(RepositoryPaths.Infra, "node_modules", ".bin", "azurite-table");

    /// <summary>Starts azurite-table; fails with install instructions when it is missing.</summary>
    public static async Task<AzuriteServer> StartAsync()
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed ({Executable} is missing), and REALTIME_TEST_AZURITE is not set. " +
                "Install it with `npm ci --prefix infra` (needs Node.js and npm), or run the tests with `bash infra/test.sh`.");
        }

        int port = FreePort.Next();
        string[] arguments =
        [
            "--tableHost", "127.0.0.1",
            "--tablePort", port.ToString(CultureInfo.InvariantCulture),
            "--inMemoryPersistence",
            "--skipApiVersionCheck",
            "--silent",
        ];
        ServerProcess process = ServerProcess.Start(Executable, arguments, RepositoryPaths.Infra);
        var server = new AzuriteServer(process, port);
        try
        {
            await process.WaitUntilReadyAsync(
                $"azurite-table on 127.0.0.1:{port}",
                cancellationToken => FreePort.IsListeningAsync(port, cancellationToken),
                s_startTimeout);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
