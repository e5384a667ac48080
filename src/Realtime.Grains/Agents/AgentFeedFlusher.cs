using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Realtime.Grains.Agents;

/// <summary>Every 100 ms, asks each agent with records in the silo's <see cref="AgentFeed"/> to take them.</summary>
public sealed partial class AgentFeedFlusher(AgentFeed feed, IGrainFactory grains, TimeProvider time, ILogger<AgentFeedFlusher> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!feed.Deferred)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await feed.DeliverAsync(grains);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Every waiting agent was asked; one that failed put back what it could not apply, for the next tick.
                LogDeliveryFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(EventId = 110, Level = LogLevel.Warning, Message = "An agent could not take its records; will retry")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception ex);
}
