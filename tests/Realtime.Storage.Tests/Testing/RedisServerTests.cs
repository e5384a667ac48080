using Realtime.Testing.Redis;
using StackExchange.Redis;

namespace Realtime.Storage.Tests.Testing;

public sealed class RedisServerTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    [Fact]
    public async Task Fixture_server_stores_and_returns_a_value()
    {
        await using ConnectionMultiplexer connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        IDatabase database = connection.GetDatabase();
        string key = $"{redis.UniquePrefix}:greeting";

        await database.StringSetAsync(key, "hello");

        Assert.Equal("hello", (string?)await database.StringGetAsync(key));
    }

    [Fact]
    public async Task Own_server_with_append_only_file_keeps_data_across_a_kill_and_restart()
    {
        await using RedisServer server = await RedisServer.StartAsync(new RedisServerOptions { AppendOnly = true, AppendFsync = "always" });
        await using (ConnectionMultiplexer connection = await ConnectionMultiplexer.ConnectAsync(server.ConnectionString))
        {
            await connection.GetDatabase().StringSetAsync("durable", "42");
        }

        await server.KillAsync();
        Assert.False(server.IsRunning);
        await server.RestartAsync();

        await using ConnectionMultiplexer reconnected = await ConnectionMultiplexer.ConnectAsync(server.ConnectionString);
        Assert.Equal("42", (string?)await reconnected.GetDatabase().StringGetAsync("durable"));
    }

    [Fact]
    public async Task Own_server_without_persistence_forgets_data_on_restart()
    {
        await using RedisServer server = await RedisServer.StartAsync();
        await using (ConnectionMultiplexer connection = await ConnectionMultiplexer.ConnectAsync(server.ConnectionString))
        {
            await connection.GetDatabase().StringSetAsync("volatile", "1");
        }

        await server.StopAsync();
        await server.RestartAsync();

        await using ConnectionMultiplexer reconnected = await ConnectionMultiplexer.ConnectAsync(server.ConnectionString);
        Assert.False(await reconnected.GetDatabase().KeyExistsAsync("volatile"));
    }
}
