using System.Text.Json;
using Microsoft.Extensions.Options;
using Realtime.Contracts.Events;
using Realtime.Contracts.Texts;
using Realtime.Grains.Ingest;
using StackExchange.Redis;

namespace Realtime.Server.Ingest.Stream;

/// <summary>
/// Production ingest: events are appended to the Redis Stream (deduplicated by event id at the door) before the
/// request is answered, so <c>202</c> means durable. Consumers apply them to the grains.
/// </summary>
public sealed class StreamIngestPath(IConnectionMultiplexer redis, IOptions<StreamIngestOptions> options, StreamLagMonitor lag) : IIngestPath
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public async Task<ApplyResult> SubmitAsync(IReadOnlyList<IncomingEvent> events, CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (lag.Lag > o.MaxLag)
        {
            throw new IngestUnavailableException(Text.Of("ingest.unavailable.behind", ("lag", lag.Lag), ("max", o.MaxLag)));
        }

        var args = new RedisValue[3 + (events.Count * 2)];
        args[0] = StreamEntries.SeenPrefix(o.Key);
        args[1] = o.DedupeDays * 86_400;
        args[2] = events.Count > 0 && events[0].Historical ? "1" : "0";
        for (var i = 0; i < events.Count; i++)
        {
            args[3 + (2 * i)] = events[i].EventId;
            args[4 + (2 * i)] = JsonSerializer.Serialize(EventMapping.ToContract(events[i]), Json);
        }

        try
        {
            var appended = (int)await redis.GetDatabase().ScriptEvaluateAsync(StreamEntries.AppendScript, [o.Key], args);
            return new ApplyResult(appended, events.Count - appended);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            throw new IngestUnavailableException(Text.Of("ingest.unavailable.streamDown"), ex);
        }
    }
}
