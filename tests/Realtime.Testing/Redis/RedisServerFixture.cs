using Xunit;

namespace Realtime.Testing.Redis;

/// <summary>
/// xUnit fixture giving a Redis server: the one named by <c>REALTIME_TEST_REDIS</c> (started by infra/test.sh), or
/// else a redis-server of its own on a free port. Never skips: without Redis the tests that need it fail.
/// </summary>
public sealed class RedisServerFixture : IAsyncLifetime
{
    /// <summary>Environment variable holding the shared server's <c>host:port</c>.</summary>
    public const string EnvironmentVariable = "REALTIME_TEST_REDIS";

    private RedisServer? _ownServer;
    private string? _connectionString;

    /// <summary>StackExchange.Redis connection string of the server.</summary>
    public string ConnectionString =>
        _connectionString ?? throw new InvalidOperationException("The Redis fixture has not been initialised.");

    /// <summary>A prefix unique to this fixture instance, for keys and cluster ids, so tests sharing a server do not meet.</summary>
    public string UniquePrefix { get; } = $"test-{Guid.NewGuid():N}";

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        string? shared = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(shared))
        {
            (string host, int port) = ParseEndpoint(shared);
            if (!await RedisPing.AnswersAsync(host, port))
            {
                throw new InvalidOperationException(
                    $"{EnvironmentVariable}={shared} does not answer PING. Start Redis with `bash infra/start-redis.sh` " +
                    $"or unset {EnvironmentVariable} to let the tests start their own redis-server.");
            }

            _connectionString = shared;
            return;
        }

        _ownServer = await RedisServer.StartAsync();
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

    private static (string Host, int Port) ParseEndpoint(string connectionString)
    {
        string endpoint = connectionString.Split(',')[0].Trim();
        int colon = endpoint.LastIndexOf(':');
        if (colon > 0 && int.TryParse(endpoint[(colon + 1)..], out int port))
        {
            return (endpoint[..colon], port);
        }

        return (endpoint, 6379);
    }
}
