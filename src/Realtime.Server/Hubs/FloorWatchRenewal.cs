using Realtime.Grains.Floor;

namespace Realtime.Server.Hubs;

/// <summary>Renews this process's watched floor filters well within <see cref="FloorWatchList.Lease"/> (and refills a floor grain that moved).</summary>
public sealed partial class FloorWatchRenewal(FloorWatchers watchers, ILogger<FloorWatchRenewal> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await watchers.ReportAsync();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRenewalFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(EventId = 700, Level = LogLevel.Warning, Message = "Could not renew the watched floor filters")]
    private static partial void LogRenewalFailed(ILogger logger, Exception exception);
}
