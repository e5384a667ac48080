using System.Text;
using Microsoft.Extensions.Options;
using Realtime.Contracts.Texts;
using Realtime.Grains.Ingest;
using StackExchange.Redis;

namespace Realtime.Server.Ingest.Stream;

/// <summary>
/// Reads the ingest stream through the consumer group (at-least-once): applies each round's entries to the grains,
/// whose state is written before they return, then acknowledges them. Entries left pending by a dead consumer are
/// claimed with XAUTOCLAIM. Grains deduplicate by event id, so a redelivery changes nothing.
/// </summary>
public sealed partial class EventStreamConsumer(
    IConnectionMultiplexer redis,
    IngestDispatcher dispatcher,
    IOptions<StreamIngestOptions> options,
    IOptions<IngestOptions> ingest,
    StreamLagMonitor lag,
    ILogger<EventStreamConsumer> logger) : BackgroundService
{
    private static readonly TimeSpan IdlePoll = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan Maintenance = TimeSpan.FromSeconds(5);
    private readonly SemaphoreSlim _wake = new(0);

    private string ConsumerName => options.Value.Consumer ?? $"{Environment.MachineName}-{Environment.ProcessId}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        await EnsureGroupAsync(stoppingToken);
        await redis.GetSubscriber().SubscribeAsync(RedisChannel.Literal(StreamEntries.WakeChannel(o.Key)), (_, _) => _wake.Release());
        var lastMaintenance = DateTime.MinValue;
        LogStarted(logger, o.Key, o.Group, ConsumerName);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (DateTime.UtcNow - lastMaintenance > Maintenance)
                {
                    lastMaintenance = DateTime.UtcNow;
                    await ClaimAbandonedAsync();
                    await MeasureAndTrimAsync();
                }

                var entries = await redis.GetDatabase().StreamReadGroupAsync(o.Key, o.Group, ConsumerName, ">", o.ReadCount);
                if (entries.Length == 0)
                {
                    await _wake.WaitAsync(IdlePoll, stoppingToken);
                    continue;
                }

                await ApplyAsync(entries);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogRoundFailed(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    private async Task ApplyAsync(StreamEntry[] entries)
    {
        var o = options.Value;
        var events = new List<IncomingEvent>();
        var dead = new List<StreamEntry>();
        foreach (var entry in entries)
        {
            var body = entry[StreamEntries.EventsField];
            var historical = entry[StreamEntries.HistoricalField] == "1";
            var (batch, error) = body.IsNullOrEmpty
                ? (null, Text.Of("ingest.stream.noEventsField"))
                : EventBatchReader.Read(Encoding.UTF8.GetBytes(body.ToString()), ingest.Value.MaxBatchSize, historical);
            if (batch is null)
            {
                dead.Add(entry);
                LogDeadEntry(logger, entry.Id.ToString(), error!.Render(TextCatalog.English));
                continue;
            }

            foreach (var rejection in batch.Rejected)
            {
                LogRejectedEvent(logger, entry.Id.ToString(), rejection.Index, rejection.Error);
            }

            events.AddRange(batch.Valid);
        }

        if (events.Count > 0)
        {
            // Events that could not be derived are parked by their grain; those not applied now keep the round pending.
            var applied = await dispatcher.DispatchAsync(events);
            if (applied.Failures?.Exists(f => f.Retry) == true)
            {
                throw new IngestUnavailableException(Text.Of("ingest.unavailable.roundPending"));
            }
        }

        var db = redis.GetDatabase();
        foreach (var entry in dead)
        {
            await db.StreamAddAsync(StreamEntries.DeadLetterKey(o.Key), entry.Values);
        }

        await db.StreamAcknowledgeAsync(o.Key, o.Group, entries.Select(e => e.Id).ToArray());
    }

    private async Task ClaimAbandonedAsync()
    {
        var o = options.Value;
        var claimed = await redis.GetDatabase().StreamAutoClaimAsync(o.Key, o.Group, ConsumerName, o.ClaimIdleSeconds * 1000L, "0-0", o.ReadCount);
        if (claimed.ClaimedEntries.Length > 0)
        {
            LogClaimed(logger, claimed.ClaimedEntries.Length);
            await ApplyAsync(claimed.ClaimedEntries);
        }
    }

    private async Task MeasureAndTrimAsync()
    {
        var o = options.Value;
        var db = redis.GetDatabase();
        var group = (await db.StreamGroupInfoAsync(o.Key)).FirstOrDefault(g => g.Name == o.Group);
        lag.Update(group.Lag ?? 0);
        var pending = await db.StreamPendingAsync(o.Key, o.Group);
        StreamLagMonitor.UpdatePending(pending.PendingMessageCount);
        RedisValue safe = pending.PendingMessageCount > 0 ? pending.LowestPendingMessageId : (RedisValue)group.LastDeliveredId;
        if (!safe.IsNullOrEmpty && safe != "0-0")
        {
            // Everything older than the oldest unacknowledged entry has been applied: drop it.
            await db.ExecuteAsync("XTRIM", o.Key, "MINID", safe.ToString());
        }
    }

    private async Task EnsureGroupAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        while (true)
        {
            try
            {
                await redis.GetDatabase().StreamCreateConsumerGroupAsync(o.Key, o.Group, "0-0", createStream: true);
                return;
            }
            catch (RedisServerException ex) when (ex.Message.Contains("BUSYGROUP", StringComparison.Ordinal))
            {
                return;
            }
            catch (RedisException ex)
            {
                LogRoundFailed(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    [LoggerMessage(EventId = 500, Level = LogLevel.Information, Message = "Consuming stream {Key} as {Group}/{Consumer}")]
    private static partial void LogStarted(ILogger logger, string key, string group, string consumer);

    [LoggerMessage(EventId = 501, Level = LogLevel.Warning, Message = "Stream round failed; entries stay pending and are retried")]
    private static partial void LogRoundFailed(ILogger logger, Exception ex);

    [LoggerMessage(EventId = 502, Level = LogLevel.Warning, Message = "Stream entry {EntryId} is unreadable ({Error}); moved to the dead-letter stream")]
    private static partial void LogDeadEntry(ILogger logger, string entryId, string error);

    [LoggerMessage(EventId = 503, Level = LogLevel.Warning, Message = "Stream entry {EntryId}: event {Index} rejected: {Error}")]
    private static partial void LogRejectedEvent(ILogger logger, string entryId, int index, string error);

    [LoggerMessage(EventId = 504, Level = LogLevel.Information, Message = "Claimed {Count} entries abandoned by a dead consumer")]
    private static partial void LogClaimed(ILogger logger, int count);
}
