using System.Diagnostics;
using System.Globalization;
using StackExchange.Redis;

namespace Realtime.LoadTests.Hosting;

/// <summary>
/// Watches the cluster's ingest stream and its redis-server: whether every entry appended so far has been delivered
/// to the consumer group and acknowledged (applied to the grains), and the CPU time redis-server has used.
/// </summary>
public sealed class StreamMonitor(ConnectionMultiplexer redis, string key, string group) : IAsyncDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);

    public string Key => key;

    public static async Task<StreamMonitor> ConnectAsync(string connectionString, string key, string group)
    {
        // INFO (redis-server's CPU time) is an admin command for StackExchange.Redis.
        var options = ConfigurationOptions.Parse(connectionString);
        options.AllowAdmin = true;
        return new StreamMonitor(await ConnectionMultiplexer.ConnectAsync(options), key, group);
    }

    /// <summary>Drained: the group has read up to the stream's last entry and nothing read is still unacknowledged.</summary>
    public async Task<bool> IsDrainedAsync()
    {
        var db = redis.GetDatabase();
        var pending = await db.StreamPendingAsync(key, group);
        var consumers = (await db.StreamGroupInfoAsync(key)).FirstOrDefault(g => g.Name == group);
        var stream = await db.StreamInfoAsync(key);
        return consumers.Name is not null && pending.PendingMessageCount == 0 && consumers.LastDeliveredId == stream.LastGeneratedId.ToString();
    }

    /// <summary>Polls until drained; answers the time from <paramref name="since"/> (a <see cref="Stopwatch"/> timestamp), or null after <paramref name="timeout"/>.</summary>
    public async Task<TimeSpan?> WaitDrainedAsync(long since, TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (await IsDrainedAsync())
            {
                return Stopwatch.GetElapsedTime(since);
            }

            await Task.Delay(Poll);
        }

        return null;
    }

    /// <summary>User + system CPU seconds of redis-server (<c>INFO cpu</c>).</summary>
    public async Task<double> CpuSecondsAsync()
    {
        var server = redis.GetServer(redis.GetEndPoints()[0]);
        var cpu = (await server.InfoAsync("cpu")).SelectMany(g => g).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return double.Parse(cpu["used_cpu_user"], CultureInfo.InvariantCulture) + double.Parse(cpu["used_cpu_sys"], CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync() => await redis.DisposeAsync();
}
