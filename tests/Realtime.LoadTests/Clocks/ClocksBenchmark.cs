using Realtime.Contracts.Alerts;
using Realtime.Contracts.Events;
using Realtime.LoadTests.Client;
using Realtime.LoadTests.Diagnostics;
using Realtime.LoadTests.Hosting;
using Realtime.LoadTests.Load;
using Realtime.LoadTests.Report;
using Realtime.LoadTests.Workload;
using Spectre.Console;

namespace Realtime.LoadTests.Clocks;

/// <summary>
/// The cost of the SLA clocks at scale: N conversations each waiting on an unanswered customer message, the server's
/// CPU while nothing happens but the clocks, memory per conversation, and how late <c>sla.warning</c> /
/// <c>sla.breach</c> reach a SignalR client after their threshold instant.
/// </summary>
public sealed class ClocksBenchmark(ClocksSettings settings)
{
    public async Task RunAsync()
    {
        var corpus = DialogueCorpus.Load(Path.Combine(Launcher.DataRoot, "dialogues"));
        var firstTurns = corpus.Dialogues.Select(d => d.FirstOrDefault(t => !t.FromAgent).Text).Where(t => !string.IsNullOrEmpty(t)).ToList();
        var n = settings.Conversations;
        AnsiConsole.MarkupLine($"[bold]clocks[/]: {n:N0} conversations in {settings.Stores} stores, warn {settings.WarnSeconds} s / breach {settings.BreachSeconds} s, " +
            $"{Environment.ProcessorCount} cores, load average {ProcStat.LoadAverage()}");
        if (settings.BuildServer)
        {
            await Launcher.BuildServerAsync();
        }

        await using var server = await Launcher.StartServerAsync();
        using var api = new RealtimeApi(server.BaseAddress);
        var qa = await api.TokenAsync("qa", "demo");
        for (var s = 0; s < settings.Stores; s++)
        {
            await api.SetSlaAsync(qa, $"store-{s}", settings.WarnSeconds, settings.BreachSeconds);
        }

        await using var listener = await AlertListener.ConnectAsync(server.BaseAddress, await api.TokenAsync("lead", "demo"));
        await Task.Delay(2000);
        var baselineHeap = await server.GcAsync(collect: true);
        var baselineRss = server.Stat().RssBytes;
        var idleBefore = server.Stat();
        await Task.Delay(TimeSpan.FromSeconds(10));
        var emptyCpu = server.Stat().CpuPercentSince(idleBefore);

        // Each conversation: one customer message (an implicit start) that nobody answers; its time is the send time.
        var askedAt = new DateTimeOffset[n];
        using var driver = new RateDriver(server.BaseAddress, Launcher.ApiKey, settings.MaxInFlight);
        var perBatch = settings.BatchSize;
        var opened = await driver.RunAsync(
            b =>
            {
                if (b * perBatch >= n)
                {
                    return null;
                }

                var now = DateTimeOffset.UtcNow;
                var events = new List<ConversationEvent>(perBatch);
                for (var i = b * perBatch; i < Math.Min(n, (b + 1) * perBatch); i++)
                {
                    askedAt[i] = now;
                    events.Add(new ConversationEvent
                    {
                        EventId = $"clk-c{i}-0",
                        Type = EventTypes.Message,
                        OccurredAt = now,
                        ConversationId = $"clk-c{i}",
                        StoreId = $"store-{i % settings.Stores}",
                        TeamId = "team-after-sales",
                        CustomerId = $"clk-u{i}",
                        Sender = Senders.Customer,
                        Text = firstTurns[i % firstTurns.Count],
                    });
                }

                return PreparedBatch.From(events);
            },
            null,
            TimeSpan.FromMinutes(30));
        AnsiConsole.MarkupLine($"Opened {opened.AcceptedEvents:N0} conversations in {opened.Elapsed.TotalSeconds:0.0} s ({opened.AcceptedPerSecond:N0}/s), {opened.FailedRequests} failed requests");

        await Task.Delay(3000);
        var heap = await server.GcAsync(collect: true);
        var rss = server.Stat().RssBytes;

        // Idle: nothing but the clocks (and the floor's once-a-second push) until just before the first threshold.
        var firstWarn = askedAt[0].AddSeconds(settings.WarnSeconds);
        var window = TimeSpan.FromTicks(Math.Min(settings.IdleWindow.Ticks, (firstWarn - DateTimeOffset.UtcNow - TimeSpan.FromSeconds(2)).Ticks));
        var idleCpu = double.NaN;
        GcFigures? idleGc = null;
        if (window > TimeSpan.FromSeconds(3))
        {
            var (a, gc) = (server.Stat(), await server.GcAsync(collect: false));
            await Task.Delay(window);
            idleCpu = server.Stat().CpuPercentSince(a);
            idleGc = (await server.GcAsync(collect: false)).Since(gc);
        }

        var floorUpdates = listener.FloorUpdates;
        AnsiConsole.MarkupLine($"Idle window {window.TotalSeconds:0} s: server CPU {idleCpu:0.0} % of one core; waiting for the alerts...");

        var lastBreach = askedAt[n - 1].AddSeconds(settings.BreachSeconds);
        var stormStart = server.Stat();
        while (DateTimeOffset.UtcNow < lastBreach.AddSeconds(60) && Received(listener, AlertKinds.SlaBreach, n) < n)
        {
            await Task.Delay(500);
        }

        var stormCpu = server.Stat().CpuPercentSince(stormStart);
        var warn = Delays(listener, AlertKinds.SlaWarning, askedAt, settings.WarnSeconds);
        var breach = Delays(listener, AlertKinds.SlaBreach, askedAt, settings.BreachSeconds);

        var table = new Table().Title($"Clocks: {n:N0} open conversations with running SLA timers, {Environment.ProcessorCount} cores, load average {ProcStat.LoadAverage()}")
            .AddColumns("figure", "value");
        table.AddRow("open rate", $"{opened.AcceptedPerSecond:N0} conversations/s");
        table.AddRow("server CPU, empty (10 s)", $"{emptyCpu:0.0} % of one core");
        table.AddRow($"server CPU, idle with {n:N0} clocks ({window.TotalSeconds:0} s)", $"{idleCpu:0.0} % of one core (goal < 5 %)");
        table.AddRow("GC while idle", idleGc is null
            ? "not measured: opening took past the first threshold (raise --warn)"
            : $"{idleGc.Gen0}/{idleGc.Gen1}/{idleGc.Gen2}, pause {idleGc.PauseMs:0} ms, allocated {idleGc.AllocatedBytes / 1048576.0:0} MB");
        table.AddRow("GC from start to end of opening", $"{heap.Since(baselineHeap).Gen0}/{heap.Since(baselineHeap).Gen1}/{heap.Since(baselineHeap).Gen2}, " +
            $"pause {heap.Since(baselineHeap).PauseMs:0} ms, allocated {heap.Since(baselineHeap).AllocatedBytes / 1048576.0:0} MB");
        table.AddRow("floorUpdated pushes received so far", $"{floorUpdates}");
        table.AddRow("managed heap per open conversation", $"{(heap.HeapBytes - baselineHeap.HeapBytes) / (double)n / 1024:0.0} KB");
        table.AddRow("working set per open conversation", $"{(rss - baselineRss) / (double)n / 1024:0.0} KB (total {rss / 1048576.0:0} MB)");
        table.AddRow("threshold -> sla.warning at client p50 / p99 / max", Describe(warn, n));
        table.AddRow("threshold -> sla.breach at client p50 / p99 / max", Describe(breach, n));
        table.AddRow("server CPU while alerts fire", $"{stormCpu:0} % of one core");
        AnsiConsole.Write(table);
    }

    private static int Received(AlertListener listener, string kind, int n) => listener.Alerts.Keys.Count(k => k.Kind == kind && k.ConversationId.StartsWith("clk-", StringComparison.Ordinal));

    private static Percentiles Delays(AlertListener listener, string kind, DateTimeOffset[] askedAt, int thresholdSeconds) =>
        new(Enumerable.Range(0, askedAt.Length)
            .Where(i => listener.Alerts.ContainsKey(($"clk-c{i}", kind)))
            .Select(i => (listener.Alerts[($"clk-c{i}", kind)].At - askedAt[i].AddSeconds(thresholdSeconds)).TotalMilliseconds));

    private static string Describe(Percentiles p, int n) =>
        $"{Percentiles.Ms(p.At(50))} / {Percentiles.Ms(p.At(99))} / {Percentiles.Ms(p.At(100))} ms ({p.Count:N0} of {n:N0} received)";
}
