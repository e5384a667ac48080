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
/// from POST to <c>alertRaised</c>, then memory per active and per closed conversation.
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
        MemoryFigures memory;
        await using (var server = await Launcher.StartServerAsync())
        {
            AnsiConsole.MarkupLine($"Server pid {server.Pid}, log {server.LogPath}");
            using var api = new RealtimeApi(server.BaseAddress);
            await using var listener = await AlertListener.ConnectAsync(server.BaseAddress, await api.TokenAsync("lead", "demo"));
            using var driver = new RateDriver(server.BaseAddress, Launcher.ApiKey, settings.MaxInFlight);
            await driver.RunAsync(Prepare("warm", 2000, TimeSpan.FromSeconds(3)), 2000, TimeSpan.FromSeconds(3));
            await Task.Delay(2000);
            for (var i = 0; i < settings.Rates.Count; i++)
            {
                rows.Add(await MeasureProductAsync(server, driver, listener, $"r{i}", settings.Rates[i]));
                AnsiConsole.MarkupLine($"  {Markup.Escape(Describe(rows[^1]))}");
            }

            memory = await MeasureMemoryAsync(server, driver);
        }

        Print(rows, memory);
    }

    private async Task<E2eRow> MeasureBaselineAsync()
    {
        AnsiConsole.MarkupLine("Baseline: bare Kestrel + System.Text.Json, unpaced...");
        var batches = Prepare("base", 5000, TimeSpan.FromSeconds(20), probes: false);
        await using var baseline = await Launcher.StartBaselineAsync();
        using var driver = new RateDriver(baseline.BaseAddress, Launcher.ApiKey, settings.MaxInFlight);
        await driver.RunAsync(batches, null, TimeSpan.FromSeconds(3), cycle: true);
        var (stat, gc) = (baseline.Stat(), await baseline.GcAsync(collect: false));
        var result = await driver.RunAsync(batches, null, settings.PhaseDuration, cycle: true);
        var row = new E2eRow("baseline (max)", null, result.AcceptedPerSecond, result.FailedRequests, null, 0,
            baseline.Stat().CpuPercentSince(stat), baseline.Stat().RssBytes, (await baseline.GcAsync(collect: false)).Since(gc), result.Elapsed);
        AnsiConsole.MarkupLine($"  {Markup.Escape(Describe(row))}");
        return row;
    }

    private async Task<E2eRow> MeasureProductAsync(ChildProcess server, RateDriver driver, AlertListener listener, string phase, double? rate)
    {
        var batches = Prepare(phase, rate ?? settings.UnpacedCeiling, settings.PhaseDuration);
        var probes = batches.Where(b => b.ProbeConversationId is not null).Select(b => b.ProbeConversationId!).ToList();
        var (stat, gc) = (server.Stat(), await server.GcAsync(collect: false));
        var result = await driver.RunAsync(batches, rate, settings.PhaseDuration);
        var (statAfter, gcAfter) = (server.Stat(), await server.GcAsync(collect: false));

        // Probes sent last may still be on their way: wait for them, up to 15 s.
        var sent = probes.Where(driver.ProbeSentAt.ContainsKey).ToList();
        var deadline = Stopwatch.GetTimestamp() + (15 * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline && sent.Any(p => !listener.Alerts.ContainsKey((p, ProbeKind))))
        {
            await Task.Delay(100);
        }

        var latencies = sent
            .Where(p => listener.Alerts.ContainsKey((p, ProbeKind)))
            .Select(p => Stopwatch.GetElapsedTime(driver.ProbeSentAt[p], listener.Alerts[(p, ProbeKind)].Timestamp).TotalMilliseconds);
        await Task.Delay(2000);
        return new E2eRow(rate is { } r ? $"product @ {r:N0}/s" : "product (max)", rate, result.AcceptedPerSecond, result.FailedRequests,
            new Percentiles(latencies), sent.Count, statAfter.CpuPercentSince(stat), statAfter.RssBytes, gcAfter.Since(gc), result.Elapsed);
    }

    /// <summary>Opens conversations (every turn, no close), measures the live heap; closes them, measures again.</summary>
    private async Task<MemoryFigures> MeasureMemoryAsync(ChildProcess server, RateDriver driver)
    {
        var n = settings.Conversations;
        AnsiConsole.MarkupLine($"Memory: opening {n:N0} conversations...");
        await Task.Delay(3000);
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
        return new MemoryFigures(n, opened.AcceptedEvents, opened.AcceptedPerSecond, closed.AcceptedEvents,
            (active.HeapBytes - before.HeapBytes) / (double)n, (idle.HeapBytes - before.HeapBytes) / (double)n,
            (rssActive - rssBefore) / (double)n, (rssIdle - rssBefore) / (double)n);
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

    private static string Describe(E2eRow r) =>
        $"{r.Target}: {r.Sustained:N0} msg/s, p50/p95/p99 {Percentiles.Ms(r.Latency?.At(50))}/{Percentiles.Ms(r.Latency?.At(95))}/{Percentiles.Ms(r.Latency?.At(99))} ms " +
        $"({r.Latency?.Count ?? 0}/{r.ProbesSent} probes), CPU {r.CpuPercent:0} %, RSS {r.RssBytes / 1048576.0:0} MB, " +
        $"GC {r.Gc.Gen0}/{r.Gc.Gen1}/{r.Gc.Gen2} pause {r.Gc.PauseMs:0} ms, {r.Failed} failed";

    private static void Print(List<E2eRow> rows, MemoryFigures memory)
    {
        var table = new Table().Title($"End to end, {Environment.ProcessorCount} cores, load average {ProcStat.LoadAverage()}")
            .AddColumns("phase", "sustained msg/s", "p50 ms", "p95 ms", "p99 ms", "probes", "server CPU %", "working set MB", "GC 0/1/2", "GC pause ms (% of wall)", "alloc MB/s");
        foreach (var r in rows)
        {
            table.AddRow(
                r.Target,
                $"{r.Sustained:N0}" + (r.TargetRate is { } t && r.Sustained < 0.95 * t ? " (not sustained)" : string.Empty),
                Percentiles.Ms(r.Latency?.At(50)), Percentiles.Ms(r.Latency?.At(95)), Percentiles.Ms(r.Latency?.At(99)),
                r.Latency is null ? "-" : $"{r.Latency.Count}/{r.ProbesSent}",
                $"{r.CpuPercent:0}",
                $"{r.RssBytes / 1048576.0:0}",
                $"{r.Gc.Gen0}/{r.Gc.Gen1}/{r.Gc.Gen2}",
                $"{r.Gc.PauseMs:0} ({100 * r.Gc.PauseMs / r.Elapsed.TotalMilliseconds:0.0} %)",
                $"{r.Gc.AllocatedBytes / 1048576.0 / r.Elapsed.TotalSeconds:0}");
        }

        AnsiConsole.Write(table);
        var baseline = rows[0].Sustained;
        var best = rows.Skip(1).Max(r => r.Sustained);
        AnsiConsole.MarkupLine($"Product / baseline: {best:N0} / {baseline:N0} msg/s = [bold]{100 * best / baseline:0.0} %[/] (goal >= 15 %)");
        AnsiConsole.MarkupLine(
            $"Memory, {memory.Conversations:N0} conversations ({memory.OpenedEvents:N0} events at {memory.OpenRate:N0}/s): " +
            $"[bold]{memory.ActiveHeapPerConversation / 1024:0.0} KB[/] managed heap per active conversation (goal <= 16 KB), " +
            $"[bold]{memory.IdleHeapPerConversation / 1024:0.0} KB[/] per closed idle one (goal <= 4 KB); " +
            $"working set {memory.ActiveRssPerConversation / 1024:0.0} / {memory.IdleRssPerConversation / 1024:0.0} KB.");
    }
}
