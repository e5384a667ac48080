using System.Text.Json.Serialization;
using Realtime.Server.Hubs;

namespace Realtime.Server.Hosting;

public static class SignalRHosting
{
    /// <summary>SignalR with camelCase JSON; the Redis backplane when <c>Redis:ConnectionString</c> is set in cluster mode.</summary>
    public static WebApplicationBuilder AddRealtimeSignalR(this WebApplicationBuilder builder)
    {
        var signalR = builder.Services.AddSignalR().AddJsonProtocol(o =>
            o.PayloadSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull);
        var redis = builder.Configuration["Redis:ConnectionString"];
        var clustered = RealtimeClusterOptions.IsClustered(builder.Configuration);
        if (clustered && !string.IsNullOrWhiteSpace(redis))
        {
            signalR.AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("realtime"));
        }

        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull);

        // The floor grain computes snapshots only for the filters some process has subscribers for.
        builder.Services.AddSingleton<FloorWatchers>();
        builder.Services.AddHostedService<FloorWatchRenewal>();
        return builder;
    }
}
