using Xunit;

namespace Realtime.Testing.Azurite;

/// <summary>
/// xUnit fixture giving an Azurite table service: the one named by <c>REALTIME_TEST_AZURITE</c> (started by
/// infra/test.sh), or else an azurite-table of its own on a free port. Never skips: without Azurite the tests fail.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    /// <summary>Environment variable holding the shared service's connection string.</summary>
    public const string EnvironmentVariable = "REALTIME_TEST_AZURITE";

    private AzuriteServer? _ownServer;
    private string? _connectionString;

    /// <summary>Connection string for <c>Azure.Data.Tables</c>.</summary>
    public string ConnectionString =>
        _connectionString ?? throw new InvalidOperationException("The Azurite fixture has not been initialised.");

    /// <summary>A table name unique to this call (letters and digits, as Azure requires), so tests never share a table.</summary>
    public static string UniqueTableName(string prefix = "t") => $"{prefix}{Guid.NewGuid():N}"[..Math.Min(63, prefix.Length + 32)];

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        string? shared = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(shared))
        {
            Uri endpoint = AzuriteConnectionStrings.TableEndpoint(shared);
            if (!await Ports.FreePort.IsListeningAsync(endpoint.Port))
            {
                throw new InvalidOperationException(
                    $"{EnvironmentVariable} names {endpoint}, where nothing listens. Start Azurite with " +
                    $"`bash infra/start-azurite.sh` or unset {EnvironmentVariable} to let the tests start their own.");
            }

            _connectionString = shared;
            return;
        }

        _ownServer = await AzuriteServer.StartAsync();
        _connectionString = _ownServer.ConnectionString;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_ownServer is not null)
        {
            await _ownServer.DisposeAsync();
        }
    }
}
