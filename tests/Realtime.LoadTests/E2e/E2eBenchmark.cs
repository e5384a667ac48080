using System.Diagnostics;
using Realtime.Contracts.Events;
using Realtime.LoadTests.Client;
using Realtime.LoadTests.Diagnostics;
using Realtime.LoadTests.Hosting;
using Realtime.LoadTests.Load;
using Realtime.LoadTests.Report;
using Realtime.LoadTests.Workload;
using Spectre.Console;

namespace Realtime.LoadTests.E2e;

/// <summary>
/// The end-to-end benchmark: the bare baseline first, then the product at increasing rates with alert probes timed
/// from POST to <c>alertRaised</c>, then memory per active and per closed conversation, then (<c>--pairs</c>) more
/// baseline/product pairs at the top rate for a median ratio. The product is one embedded
/// process, or (<see cref="E2eSettings.Processes"/> >= 1) a production-mode cluster on a redis-server of its own.
/// </summary>
public sealed class E2eBenchmark(E2eSettings settings)
{
    private const string ProbeKind = "banned.term";

    // "亲,这款是全网最低价哦": an agent's absolute price claim, a banned term of the default ruleset.
    private const string ProbeText = "\u4EB2\uFF0C\u8FD9\u6B3E\u662F\u5168\u7F51\u6700\u4F4E\u4EF7\u54E6";

    private readonly DialogueCorpus _corpus = DialogueCorpus.Load(Path.Combine(Launcher.DataRoot, "dialogues"));

    public async Task RunAsync()
    {
        AnsiConsole.MarkupLine($"[bold]e2e[/] on {Environment.ProcessorCount} cores, load average {ProcStat.LoadAverage()} (1/5/15 min), {_corpus.Dialogues.Count} dialogues, {_corpus.TurnCount} turns");
        if (settings.BuildServer)
        {
            AnsiConsole.MarkupLine("Building src/Realtime.Server (Release)...");
            await Launcher.BuildServerAsync();
        }

        var rows = new List<E2eRow> { await MeasureBaselineAsync() };
        MemoryFigures? memory = null;
        string mode;
        AnsiConsole.MarkupLine(settings.Processes > 0 ? $"Starting redis-server and {settings.Processes} server process(es) in production mode..." : "Starting the embedded server...");
        await using (var product = await StartProductAsync(describe: true))
        {
            mode = product.Servers.Mode;
            for (var i = 0; i < settings.Rates.Count; i++)
            {
                rows.Add(await MeasureProductAsync(product, $"r{i}", settings.Rates[i]));
                AnsiConsole.MarkupLine($"  {Markup.Escape(E2eReport.Describe(rows[^1]))}");
            }

            if (product.Servers.IsCluster)
            {
                AnsiConsole.MarkupLine("Memory: skipped in cluster mode.");
            }
            else
            {
                memory = await MeasureMemoryAsync(product.Servers, product.Driver);
            }
        }

        var pairs = new List<(E2eRow Baseline, E2eRow Product)>();
        for (var i = 0; i < settings.Pairs; i++)
        {
            var baselineFirst = i % 2 == 1;
            AnsiConsole.MarkupLine($"Pair {i + 1} of {settings.Pairs} ({(baselineFirst ? "baseline first" : "product first")}):");
            var baseline = baselineFirst ? await MeasureBaselineAsync() : null;
            E2eRow row;
            await using (var product = await StartProductAsync(describe: false))
            {
                // The main run's paced phases first, unmeasured, so each pair's product is as warm as the main run's
                // (a fresh server driven flat out at once did 18–23k vs 59k msg/s before CallCountingDelayMs=0).
                foreach (var rate in settings.Rates.OfType<double>())
                {
                    await product.Driver.RunAsync(Prepare($"pw{i}-{rate}", rate, settings.PhaseDuration, probes: false), rate, settings.PhaseDuration);
                }

                row = await MeasureProductAsync(product, $"p{i}", null);
                AnsiConsole.MarkupLine($"  {Markup.Escape(E2eReport.Describe(row))}");
            }

            pairs.Add((baseline ?? await MeasureBaselineAsync(), row));
        }

        E2eReport.Print(mode, rows, memory);
        E2eReport.PrintPairs(pairs);
    }

    /// <summary>Starts the product, connects the lead's SignalR client and a driver, and warms it up.</summary>
    private async Task<ProductRun> StartProductAsync(bool describe)
    {
        var servers = settings.Processes > 0 ? await ProductServers.StartClusterAsync(settings.Processes) : await ProductServers.StartEmbeddedAsync();
        if (describe)
        {
            foreach (var line in servers.Describe())
            {
                AnsiConsole.MarkupLine(Markup.Escape(line));
            }
        }

        // The lead listens on the last process: with several, alerts of grains elsewhere come through the backplane.
        var listening = servers.Processes[^1].BaseAddress;
        AlertListener listener;
        try
        {
            using var api = new RealtimeApi(listening);
            listener = await AlertListener.ConnectAsync(listening, await api.TokenAsync("lead", "demo"));
        }
        catch
        {
            await servers.DisposeAsync();
            throw;
        }

        var run = new ProductRun(servers, listener, new RateDriver(servers.BaseAddresses, Launcher.ApiKey, settings.MaxInFlight));
        var warmStart = Stopwatch.GetTimestamp();
        await run.Driver.RunAsync(Prepare("warm", 2000, TimeSpan.FromSeconds(3)), 2000, TimeSpan.FromSeconds(3));
        if (servers.Stream is { } stream && await stream.WaitDrainedAsync(warmStart, settings.DrainTimeout) is null)
        {
            await run.DisposeAsync();
            throw new TimeoutException($"The warm-up was not applied within {settings.DrainTimeout}; see the server logs.");
        }

        await Task.Delay(2000);
        return run;
    }

    private async Task<E2eRow> MeasureBaselineAsync()
    {
        AnsiConsole.MarkupLine("Baseline: bare Kestrel + System.Text.Json, unpaced...");
        var batches = Prepare("base", 5000, TimeSpan.FromSeconds(20), probes: false);
        await using var baseline = await Launcher.StartBaselineAsync();
        using var driver = new RateDriver(baseline.BaseAddress, Launcher.ApiKey, settings.MaxInFlight);
        await driver.RunAsync(batches, null, TimeSpan.FromSeconds(3), cycle: true);
        var (stat, gc, driverCpu) = (baseline.Stat(), await baseline.GcAsync(collect: false), DriverCpu.Start());
        var result = await driver.RunAsync(batches, null, settings.PhaseDuration, cycle: true);
        var driverPercent = driverCpu.Percent();
        var row = new E2eRow("baseline (max)", null, result.AcceptedPerSecond, result.FailedRequests, null, 0,
            baseline.Stat().CpuPercentSince(stat), baseline.Stat().RssBytes, (await baseline.GcAsync(collect: false)).Since(gc), result.Elapsed,
            DriverCpuPercent: driverPercent);
        AnsiConsole.MarkupLine($"  {Markup.Escape(E2eReport.Describe(row))}");
        return row;
    }

    /// <summary>
    /// One paced (or unpaced) phase. Cluster mode: POST answers 202 once the batch is in the stream, so the phase runs
    /// on until the stream is drained (every entry applied) and also reports the applied rate.
    /// </summary>
    private async Task<E2eRow> MeasureProductAsync(ProductRun product, string phase, double? rate)
    {
        var (servers, listener, driver) = (product.Servers, product.Listener, product.Driver);
        var batches = Prepare(phase, rate ?? settings.UnpacedCeiling, settings.PhaseDuration);
        var probes = batches.Where(b => b.ProbeConversationId is not null).Select(b => b.ProbeConversationId!).ToList();
        var stream = servers.Stream;
        var (stat, gc) = (servers.Stat(), await servers.GcAsync(collect: false));
        var redisCpu = stream is null ? 0 : await stream.CpuSecondsAsync();
        var (alertsBefore, driverCpu) = (listener.AlertsReceived, DriverCpu.Start());
        var start = Stopwatch.GetTimestamp();
        var result = await driver.RunAsync(batches, rate, settings.PhaseDuration);
        var drained = stream is null ? null : await stream.WaitDrainedAsync(start, settings.DrainTimeout);
        var (statAfter, gcAfter) = (servers.Stat(), await servers.GcAsync(collect: false));
        var elapsed = stream is null ? result.Elapsed : Stopwatch.GetElapsedTime(start);
        double? applied = stream is null ? null : drained is { } d ? result.AcceptedEvents / d.TotalSeconds : double.NaN;
        double? redisPercent = stream is null ? null
            : 100 * (await stream.CpuSecondsAsync() - redisCpu) / Stopwatch.GetElapsedTime(stat.TakenAtTicks, statAfter.TakenAtTicks).TotalSeconds;

        // Probes sent last may still be on their way: wait for them, up to 15 s.
        var sent = probes.Where(driver.ProbeSentAt.ContainsKey).ToList();
        var deadline = Stopwatch.GetTimestamp() + (15 * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline && sent.Any(p => !listener.Alerts.ContainsKey((p, ProbeKind))))
        {
            await Task.Delay(100);
        }

        var (alerts, driverPercent) = (listener.AlertsReceived - alertsBefore, driverCpu.Percent());
        var latencies = sent
            .Where(p => listener.Alerts.ContainsKey((p, ProbeKind)))
            .Select(p => Stopwatch.GetElapsedTime(driver.ProbeSentAt[p], listener.Alerts[(p, ProbeKind)].Timestamp).TotalMilliseconds);
        await Task.Delay(2000);
        return new E2eRow(rate is { } r ? $"product @ {r:N0}/s" : "product (max)", rate, result.AcceptedPerSecond, result.FailedRequests,
            new Percentiles(latencies), sent.Count, statAfter.CpuPercentSince(stat), statAfter.RssBytes, gcAfter.Since(gc), elapsed, applied, redisPercent,
            alerts / elapsed.TotalSeconds, driverPercent);
    }

    /// <summary>Opens conversations (every turn, no close), measures the live heap; closes them, measures again.</summary>
    private async Task<MemoryFigures> MeasureMemoryAsync(ProductServers server, RateDriver driver)
    {
        var n = settings.Conversations;
        AnsiConsole.MarkupLine($"Memory: opening {n:N0} conversations...");
        await Task.Delay(3000);
        if (settings.Settle > TimeSpan.Zero)
        {
            // The earlier phases' conversations go cold too (collected, compressed): let that happen before the baseline.
            AnsiConsole.MarkupLine($"Memory: letting the earlier phases settle for {settings.Settle.TotalSeconds:N0} s...");
            await Task.Delay(settings.Settle);
        }

        var before = await server.GcAsync(collect: true);
        var rssBefore = server.Stat().RssBytes;
        var open = new List<ConversationEvent>();
        var close = new List<ConversationEvent>();
        for (var i = 0; i < n; i++)
        {
            var id = $"mem-c{i}";
            var events = ConversationScript.Build(id, _corpus.Dialogues[i % _corpus.Dialogues.Count], $"store-{i % settings.Stores}", $"mem-u{i}", $"a-{i % settings.Agents}", DateTimeOffset.UtcNow, close: false);
            open.AddRange(events);
            close.Add(events[^1] with { EventId = $"{id}-close", Type = EventTypes.ConversationClosed, OccurredAt = events[^1].OccurredAt!.Value.AddSeconds(1), Sender = null, Text = null, AgentId = null });
        }

        var opened = await driver.RunAsync(Chunk(open), null, TimeSpan.FromMinutes(10));
        await Task.Delay(5000);
        var active = await server.GcAsync(collect: true);
        var rssActive = server.Stat().RssBytes;
        var closed = await driver.RunAsync(Chunk(close), null, TimeSpan.FromMinutes(10));
        await Task.Delay(5000);
        var idle = await server.GcAsync(collect: true);
        var rssIdle = server.Stat().RssBytes;
        var settled = double.NaN;
        if (settings.Settle > TimeSpan.Zero)
        {
            AnsiConsole.MarkupLine($"Memory: idle for {settings.Settle.TotalSeconds:N0} s more...");
            await Task.Delay(settings.Settle);
            settled = ((await server.GcAsync(collect: true)).HeapBytes - before.HeapBytes) / (double)n;
        }

        return new MemoryFigures(n, opened.AcceptedEvents, opened.AcceptedPerSecond, closed.AcceptedEvents,
            (active.HeapBytes - before.HeapBytes) / (double)n, (idle.HeapBytes - before.HeapBytes) / (double)n,
            (rssActive - rssBefore) / (double)n, (rssIdle - rssBefore) / (double)n, settings.Settle, settled);
    }

    private List<PreparedBatch> Chunk(List<ConversationEvent> events) =>
        [.. events.Chunk(settings.BatchSize).Select(c => PreparedBatch.From([.. c]))];

    /// <summary>Batches for <paramref name="duration"/> at <paramref name="rate"/>, a probe in about <c>ProbesPerSecond</c> of them a second.</summary>
    private List<PreparedBatch> Prepare(string phase, double rate, TimeSpan duration, bool probes = true)
    {
        var stream = new EventStream(_corpus, phase, settings.Interleave, settings.Stores, settings.Agents);
        var batchesPerSecond = rate / settings.BatchSize;
        var count = (int)Math.Ceiling(batchesPerSecond * duration.TotalSeconds) + 1;
        var probeEvery = Math.Max(1, (int)Math.Round(batchesPerSecond / settings.ProbesPerSecond));
        var batches = new List<PreparedBatch>(count);
        for (var i = 0; i < count; i++)
        {
            if (!probes || i % probeEvery != 0)
            {
                batches.Add(PreparedBatch.From(stream.NextBatch(settings.BatchSize)));
                continue;
            }

            var events = stream.NextBatch(settings.BatchSize - 1);
            var probeId = $"{phase}-probe{i}";
            events.Insert(events.Count / 2, new ConversationEvent
            {
                EventId = $"{probeId}-0",
                Type = EventTypes.Message,
                OccurredAt = DateTimeOffset.UtcNow,
                ConversationId = probeId,
                StoreId = $"store-{i % settings.Stores}",
                AgentId = "a-probe",
                Sender = Senders.Agent,
                Text = ProbeText,
            });
            batches.Add(PreparedBatch.From(events, probeId));
        }

        return batches;
    }

    private sealed record ProductRun(ProductServers Servers, AlertListener Listener, RateDriver Driver) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Driver.Dispose();
            await Listener.DisposeAsync();
            await Servers.DisposeAsync();
        }
    }
}
