using System.Net;
using System.Net.Sockets;
using Orleans.Configuration;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Polly;
using Realtime.Grains;
using Realtime.Grains.Agents;
using Realtime.Grains.Persistence;
using Realtime.Grains.Serialization;
using Realtime.Server.Hosting.Storage;

namespace Realtime.Server.Hosting;

/// <summary>Hosts the Orleans silo in the server process: clustering and grain storage from configuration.</summary>
public static class OrleansHosting
{
    /// <summary>The key of Orleans' placement resilience pipeline (<c>OrleansRuntimeResiliencePolicies</c>, internal in Orleans 10).</summary>
    public const string PlacementPipelineKey = "Orleans.Placement";

    public static WebApplicationBuilder AddRealtimeSilo(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var cluster = config.GetSection(RealtimeClusterOptions.Section).Get<RealtimeClusterOptions>() ?? new RealtimeClusterOptions();
        var storage = config["Storage:Provider"] ?? "Memory";
        var redis = config["Redis:ConnectionString"];
        var isCluster = cluster.IsRedis;
        if (!isCluster)
        {
            // One silo: placing a grain asks this process's own directory, with nothing remote to time out or retry.
            // Orleans' placement pipeline (a timeout and a retry, for directory partitions on other silos) armed a
            // cancellation timer per activation: ~3 % of the server's CPU at the e2e top rate (perf). The registry
            // keeps the first pipeline registered under a key, so this comes before UseOrleans adds Orleans' own.
            builder.Services.AddResiliencePipeline<string, SiloAddress>(PlacementPipelineKey, static (_, _) => { });
        }

        builder.UseOrleans(silo =>
        {
            if (isCluster)
            {
                Require(redis, "Redis:ConnectionString", "Cluster:Provider=Redis");
                silo.UseRedisClustering(o => o.ConfigurationOptions = StackExchange.Redis.ConfigurationOptions.Parse(redis!));
                silo.Configure<ClusterOptions>(o =>
                {
                    o.ClusterId = cluster.ClusterId;
                    o.ServiceId = cluster.ServiceId;
                });
                silo.Configure<ClusterMembershipOptions>(o =>
                {
                    // A dead process's grains move within seconds, not the default minute: losing one costs little.
                    o.ProbeTimeout = TimeSpan.FromSeconds(cluster.ProbeTimeoutSeconds);
                    o.NumMissedProbesLimit = 2;
                    o.NumVotesForDeathDeclaration = 1;
                    o.DeathVoteExpirationTimeout = TimeSpan.FromSeconds(30);
                    // After a whole-cluster crash, a starting process ignores members silent for 20 s instead of 10 minutes.
                    o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(10);
                    o.NumMissedTableIAmAliveLimit = 2;
                    o.MaxJoinAttemptTime = TimeSpan.FromSeconds(60);
                });
                var siloPort = cluster.SiloPort == 0 ? FreePort() : cluster.SiloPort;
                var gatewayPort = cluster.GatewayPort == 0 ? FreePort() : cluster.GatewayPort;
                silo.ConfigureEndpoints(IPAddress.Loopback, siloPort, gatewayPort, listenOnAnyHostAddress: false);
                if (config["Cluster:AdvertisedIp"] is { Length: > 0 } advertised)
                {
                    silo.ConfigureEndpoints(IPAddress.Parse(advertised), siloPort, gatewayPort, listenOnAnyHostAddress: true);
                }
            }
            else
            {
                silo.UseLocalhostClustering(
                    siloPort: cluster.SiloPort == 11111 ? FreePort() : cluster.SiloPort,
                    gatewayPort: cluster.GatewayPort == 30000 ? FreePort() : cluster.GatewayPort,
                    serviceId: cluster.ServiceId,
                    clusterId: cluster.ClusterId);

                // One silo: every grain is found in its own directory. The cache of remote grain addresses only kept
                // an entry for every grain ever called (about 0.5 KB per closed conversation, measured in the e2e run).
                silo.Configure<GrainDirectoryOptions>(o => o.CachingStrategy = GrainDirectoryOptions.CachingStrategyType.None);
            }

            switch (storage.ToLowerInvariant())
            {
                case "memory":
                    // Orleans' binary serializer: Newtonsoft JSON (the memory provider's default) was the largest CPU
                    // cost of ingest in the e2e benchmark; the in-process store skips the storage grains' call and copy.
                    silo.Services.AddGrainStorage(GrainStorage.Name, (services, _) => new InProcessGrainStorage(
                        new PooledGrainStorageSerializer(services.GetRequiredService<Orleans.Serialization.Serializer>())));
                    silo.Services.Replace(ServiceDescriptor.Singleton(StateWritePolicy.ProcessLifetime));
                    if (!isCluster)
                    {
                        // One silo, nothing durable: conversations leave agents their records instead of awaiting a call.
                        silo.Services.Replace(ServiceDescriptor.Singleton(new AgentFeed(deferred: true)));
                    }

                    break;
                case "redis":
                    Require(redis, "Redis:ConnectionString", "Storage:Provider=Redis");
                    silo.AddRedisGrainStorage(GrainStorage.Name, o => o.ConfigurationOptions = StackExchange.Redis.ConfigurationOptions.Parse(redis!));
                    // The provider's default (Newtonsoft with type names) cannot read back compiler-made collection types;
                    // Orleans' own serializer (System.Text.Json for contract types) can.
                    silo.Services.AddOptions<Orleans.Persistence.RedisStorageOptions>(GrainStorage.Name)
                        .Configure<Orleans.Serialization.Serializer>((o, serializer) => o.GrainStorageSerializer = new PooledGrainStorageSerializer(serializer));
                    break;
                case "azuretable":
                    silo.AddRealtimeAzureTableStorage(GrainStorage.Name, config);
                    break;
                default:
                    throw new InvalidOperationException($"Storage:Provider '{storage}' is not one of Memory, Redis, AzureTable.");
            }

            silo.Services.AddSerializer(s => s.AddRealtimeSerialization());
        });

        builder.Services.AddRealtimeGrains();
        return builder;
    }

    private static void Require(string? value, string key, string because)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException($"{key} is required when {because}.");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
