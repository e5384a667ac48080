using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Realtime.Grains.Floor;

/// <summary>Sends the silo's <see cref="FloorFeed"/> to the floor grain every 250 ms.</summary>
public sealed partial class FloorFeedFlusher(FloorFeed feed, IGrainFactory grains, TimeProvider time, ILogger<FloorFeedFlusher> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var batch = feed.Drain();
            if (batch.IsEmpty)
            {
                continue;
            }

            try
            {
                await grains.GetGrain<IFloorGrain>(IFloorGrain.Key).ApplyAsync(batch);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFlushFailed(logger, ex);
                feed.Requeue(batch);
            }
        }
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Warning, Message = "Floor feed flush failed; will retry")]
    private static partial void LogFlushFailed(ILogger logger, Exception ex);
}
