using Microsoft.Extensions.Options;
using Realtime.Contracts.Events;
using Realtime.Grains.Ingest;
using Realtime.Server.Ingest;

namespace Realtime.Server.Demo;

/// <summary>
/// Plays realistic zh/en conversations through the same dispatcher the ingest API uses: mostly ordinary ones, with
/// angry customers, slow replies, repeat contacts, banned terms and PII among them, so the wallboard is alive at once.
/// </summary>
public sealed partial class DemoSimulator(
    IngestDispatcher dispatcher,
    IOptions<DemoOptions> options,
    TimeProvider time,
    ILogger<DemoSimulator> logger) : BackgroundService
{
    private static readonly string[] Statuses = ["online", "online", "online", "busy", "away"];
    private readonly Random _random = new(20261123);
    private long _sequence;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        var scripts = DemoScripts.Load();
        await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken);
        await SetAgentStatusesAsync(o, initial: true);
        LogStarted(logger, o.Conversations, scripts.Scripts.Count);

        var running = new List<Task>();
        for (var i = 0; i < o.Conversations; i++)
        {
            running.Add(RunLaneAsync(scripts, o, stoppingToken));
            await Task.Delay(TimeSpan.FromMilliseconds(400 / o.Speed), time, stoppingToken);
        }

        running.Add(ChangeStatusesAsync(o, stoppingToken));
        await Task.WhenAll(running);
    }

    private async Task RunLaneAsync(DemoScripts scripts, DemoOptions o, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PlayAsync(scripts, o, stoppingToken);
                await Task.Delay(TimeSpan.FromSeconds(Next(2, 8) / o.Speed), time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception ex)
            {
                LogFailed(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(5), time, stoppingToken);
            }
        }
    }

    private async Task PlayAsync(DemoScripts scripts, DemoOptions o, CancellationToken stoppingToken)
    {
        DemoScript script;
        int agent, customer;
        lock (_random)
        {
            script = DemoScript.Pick(scripts.Scripts, _random.NextDouble());
            agent = _random.Next(1, o.Agents + 1);
            // A few regulars write again and again, so repeat-contact rules fire.
            customer = _random.NextDouble() < 0.25 ? _random.Next(1, 4) : _random.Next(4, o.Customers + 1);
        }

        var store = scripts.Stores.FirstOrDefault(s => s.Language == script.Language)
            ?? scripts.Stores.FirstOrDefault(s => s.Serves(script.Language)) ?? scripts.Stores[0];
        var conversationId = $"demo-{time.GetUtcNow():MMddHHmmss}-{Interlocked.Increment(ref _sequence)}";
        var agentId = $"a-{agent:D2}";
        var customerId = $"{script.Language}-cust-{customer:D3}";
        ConversationEvent Base(string type) => new()
        {
            EventId = $"{conversationId}-{Interlocked.Increment(ref _sequence)}",
            Type = type,
            OccurredAt = time.GetUtcNow(),
            ConversationId = conversationId,
            StoreId = store.StoreId,
            TeamId = script.Team,
            Platform = store.Platform,
            Channel = "chat",
            CustomerId = customerId,
        };

        await SendAsync(Base(EventTypes.ConversationStarted));
        await SendAsync(Base(EventTypes.AgentAssigned) with { AgentId = agentId, Role = script.Role });
        foreach (var turn in script.Turns)
        {
            var wait = (turn.Wait ?? Next(3, 9)) / o.Speed;
            await Task.Delay(TimeSpan.FromSeconds(wait), time, stoppingToken);
            var message = Base(EventTypes.Message);
            await SendAsync(turn.C is not null
                ? message with { Sender = Senders.Customer, Text = turn.C }
                : message with { Sender = Senders.Agent, AgentId = agentId, Text = turn.A });
        }

        await Task.Delay(TimeSpan.FromSeconds(Next(4, 10) / o.Speed), time, stoppingToken);
        if (script.Csat is { } csat)
        {
            await SendAsync(Base(EventTypes.Csat) with { Rating = csat });
        }

        await SendAsync(Base(EventTypes.ConversationClosed) with { AgentId = agentId });
        if (script.Product is { } product)
        {
            StartOrder(store, customerId, product, o, stoppingToken);
        }
    }

    private async Task ChangeStatusesAsync(DemoOptions o, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromSeconds(Next(20, 40) / o.Speed), time, stoppingToken);
            await SetAgentStatusesAsync(o, initial: false);
        }
    }

    private async Task SetAgentStatusesAsync(DemoOptions o, bool initial)
    {
        var events = new List<IncomingEvent>();
        for (var i = 1; i <= o.Agents; i++)
        {
            string status;
            lock (_random)
            {
                if (!initial && _random.NextDouble() > 0.2)
                {
                    continue;
                }

                status = initial ? "online" : Statuses[_random.Next(Statuses.Length)];
            }

            events.Add(EventMapping.ToIncoming(new ConversationEvent
            {
                EventId = $"status-{i}-{Interlocked.Increment(ref _sequence)}-{time.GetUtcNow().ToUnixTimeMilliseconds()}",
                Type = EventTypes.AgentStatus,
                OccurredAt = time.GetUtcNow(),
                AgentId = $"a-{i:D2}",
                StoreId = i % 2 == 0 ? "store-2" : "store-1",
                TeamId = i <= o.Agents / 2 ? "team-pre-sales" : "team-after-sales",
                Status = status,
            }));
        }

        if (events.Count > 0)
        {
            await dispatcher.DispatchAsync(events);
        }
    }

    private Task SendAsync(ConversationEvent e) => dispatcher.DispatchAsync([EventMapping.ToIncoming(e)]);

    private double Next(double min, double max)
    {
        lock (_random)
        {
            return min + (_random.NextDouble() * (max - min));
        }
    }

    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Demo traffic started: {Conversations} conversations at once from {Scripts} scripts")]
    private static partial void LogStarted(ILogger logger, int conversations, int scripts);

    [LoggerMessage(EventId = 301, Level = LogLevel.Warning, Message = "Demo conversation failed")]
    private static partial void LogFailed(ILogger logger, Exception ex);
}
