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
            await Task.WhenAll(feed.Waiting().Select(PokeAsync));
        }
    }

    private async Task PokeAsync(string agentId)
    {
        try
        {
            await grains.GetGrain<IAgentGrain>(agentId).TakeFeedAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The agent put back what it could not apply; the next tick tries again.
            LogPokeFailed(logger, agentId, ex);
        }
    }

    [LoggerMessage(EventId = 110, Level = LogLevel.Warning, Message = "Agent {AgentId} could not take its records; will retry")]
    private static partial void LogPokeFailed(ILogger logger, string agentId, Exception ex);
}
