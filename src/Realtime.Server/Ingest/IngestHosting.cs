using Microsoft.Extensions.Diagnostics.HealthChecks;
using Realtime.Server.Hosting;
using Realtime.Server.Ingest.Stream;
using StackExchange.Redis;

namespace Realtime.Server.Ingest;

public static class IngestHosting
{
    /// <summary>
    /// Direct ingest in the embedded default; the durable Redis Stream path (and this process as a consumer) when
    /// <c>Ingest:Stream:Enabled</c> is true, which it is by default with <c>Cluster:Provider=Redis</c>.
    /// </summary>
    public static WebApplicationBuilder AddRealtimeIngest(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var services = builder.Services;
        services.AddSingleton<IngestDispatcher>();
        services.AddHealthChecks().AddCheck<DerivationHealthCheck>("derivation", tags: ["ready"]);
        services.AddOptions<StreamIngestOptions>().BindConfiguration(StreamIngestOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        var redis = config["Redis:ConnectionString"];
        if (!string.IsNullOrWhiteSpace(redis))
        {
            services.AddSingleton<IConnectionMultiplexer>(_ =>
            {
                var options = ConfigurationOptions.Parse(redis);
                options.AbortOnConnectFail = false;
                return ConnectionMultiplexer.Connect(options);
            });
            services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: ["ready"]);
        }

        var clustered = RealtimeClusterOptions.IsClustered(config);
        var streamEnabled = config.GetValue<bool?>(StreamIngestOptions.Section + ":Enabled") ?? clustered;
        if (!streamEnabled)
        {
            services.AddSingleton<IIngestPath, DirectIngestPath>();
            return builder;
        }

        if (string.IsNullOrWhiteSpace(redis))
        {
            throw new InvalidOperationException("Ingest:Stream:Enabled=true needs Redis:ConnectionString.");
        }

        services.AddSingleton<StreamLagMonitor>();
        services.AddSingleton<IIngestPath, StreamIngestPath>();
        services.AddHostedService<EventStreamConsumer>();
        return builder;
    }

    private sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                var latency = await redis.GetDatabase().PingAsync();
                return HealthCheckResult.Healthy($"Redis answers in {latency.TotalMilliseconds:0.0} ms.");
            }
            catch (Exception ex)
            {
                return HealthCheckResult.Unhealthy("Redis is unreachable.", ex);
            }
        }
    }
}
