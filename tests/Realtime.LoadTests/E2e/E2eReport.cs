using Realtime.LoadTests.Diagnostics;
using Realtime.LoadTests.Report;
using Spectre.Console;

namespace Realtime.LoadTests.E2e;

/// <summary>The one-line summary of a phase and the final table of <see cref="E2eBenchmark"/>.</summary>
public static class E2eReport
{
    public static string Describe(E2eRow r) =>
        (r.Applied is { } applied
            ? $"{r.Target}: accepted {r.Sustained:N0} msg/s, applied {Rate(applied)} msg/s ({(double.IsFinite(applied) ? "drained" : "given up")} after {r.Elapsed.TotalSeconds:0.0} s), "
            : $"{r.Target}: {r.Sustained:N0} msg/s, ") +
        $"p50/p95/p99 {Percentiles.Ms(r.Latency?.At(50))}/{Percentiles.Ms(r.Latency?.At(95))}/{Percentiles.Ms(r.Latency?.At(99))} ms " +
        $"({r.Latency?.Count ?? 0}/{r.ProbesSent} probes), CPU {r.CpuPercent:0} %" + (r.RedisCpuPercent is { } redis ? $" + redis {redis:0} %" : string.Empty) +
        $", RSS {r.RssBytes / 1048576.0:0} MB, GC {r.Gc.Gen0}/{r.Gc.Gen1}/{r.Gc.Gen2} pause {r.Gc.PauseMs:0} ms, {r.Failed} failed" +
        $", alerts pushed {r.AlertsPerSecond:N0}/s, driver CPU {r.DriverCpuPercent:0} %";

    /// <summary>The table; <paramref name="memory"/> is null when the memory phase was skipped (cluster mode).</summary>
    public static void Print(string mode, List<E2eRow> rows, MemoryFigures? memory)
    {
        var cluster = rows.Any(r => r.Applied is not null);
        var table = new Table().Title($"End to end ({mode}), {Environment.ProcessorCount} cores, load average {ProcStat.LoadAverage()}");
        table.AddColumns(cluster
            ? ["phase", "accepted msg/s", "applied msg/s", "p50 ms", "p95 ms", "p99 ms", "probes", "server CPU %", "redis CPU %", "working set MB", "GC 0/1/2", "GC pause ms (% of wall)", "alloc MB/s"]
            : ["phase", "sustained msg/s", "p50 ms", "p95 ms", "p99 ms", "probes", "server CPU %", "working set MB", "GC 0/1/2", "GC pause ms (% of wall)", "alloc MB/s"]);
        foreach (var r in rows)
        {
            var cells = new List<string> { r.Target, Sustained(r.Sustained, r.TargetRate) };
            if (cluster)
            {
                cells.Add(r.Applied is { } a ? Sustained(a, r.TargetRate) : "-");
            }

            cells.AddRange([
                Percentiles.Ms(r.Latency?.At(50)), Percentiles.Ms(r.Latency?.At(95)), Percentiles.Ms(r.Latency?.At(99)),
                r.Latency is null ? "-" : $"{r.Latency.Count}/{r.ProbesSent}",
                $"{r.CpuPercent:0}"]);
            if (cluster)
            {
                cells.Add(r.RedisCpuPercent is { } redis ? $"{redis:0}" : "-");
            }

            cells.AddRange([
                $"{r.RssBytes / 1048576.0:0}",
                $"{r.Gc.Gen0}/{r.Gc.Gen1}/{r.Gc.Gen2}",
                $"{r.Gc.PauseMs:0} ({100 * r.Gc.PauseMs / r.Elapsed.TotalMilliseconds:0.0} %)",
                $"{r.Gc.AllocatedBytes / 1048576.0 / r.Elapsed.TotalSeconds:0}"]);
            table.AddRow([.. cells]);
        }

        AnsiConsole.Write(table);
        var baseline = rows[0].Sustained;
        if (cluster)
        {
            var applied = rows.Skip(1).Select(r => r.Applied ?? double.NaN).Where(double.IsFinite).DefaultIfEmpty(0).Max();
            var accepted = rows.Skip(1).Max(r => r.Sustained);
            AnsiConsole.MarkupLine(
                $"Product (applied) / baseline: {applied:N0} / {baseline:N0} msg/s = [bold]{100 * applied / baseline:0.0} %[/] (goal >= 15 %); " +
                $"accepted by the stream at best {accepted:N0} msg/s = {100 * accepted / baseline:0.0} %. " +
                "Server CPU, working set and GC are summed over the processes; CPU, GC and alloc run from phase start until the stream drained.");
        }
        else
        {
            var best = rows.Skip(1).Max(r => r.Sustained);
            AnsiConsole.MarkupLine($"Product / baseline: {best:N0} / {baseline:N0} msg/s = [bold]{100 * best / baseline:0.0} %[/] (goal >= 15 %)");
        }

        if (memory is null)
        {
            AnsiConsole.MarkupLine("Memory: skipped in cluster mode (grains are spread over the processes); run the embedded mode for memory per conversation.");
            return;
        }

        AnsiConsole.MarkupLine(
            $"Memory, {memory.Conversations:N0} conversations ({memory.OpenedEvents:N0} events at {memory.OpenRate:N0}/s): " +
            $"[bold]{memory.ActiveHeapPerConversation / 1024:0.0} KB[/] managed heap per active conversation (goal <= 16 KB), " +
            $"[bold]{memory.IdleHeapPerConversation / 1024:0.0} KB[/] per closed idle one (goal <= 4 KB); " +
            $"working set {memory.ActiveRssPerConversation / 1024:0.0} / {memory.IdleRssPerConversation / 1024:0.0} KB.");
        if (memory.Settle > TimeSpan.Zero)
        {
            AnsiConsole.MarkupLine(
                $"After {memory.Settle.TotalSeconds:N0} s more idle: [bold]{memory.SettledHeapPerConversation / 1024:0.0} KB[/] managed heap per closed conversation.");
        }
    }

    /// <summary>The extra baseline/product pairs (<c>--pairs</c>): each pair's ratio and their median.</summary>
    public static void PrintPairs(List<(E2eRow Baseline, E2eRow Product)> pairs)
    {
        if (pairs.Count == 0)
        {
            return;
        }

        var table = new Table().Title($"Baseline/product pairs at the top rate, {Environment.ProcessorCount} cores");
        table.AddColumns("pair", "baseline msg/s", "product msg/s", "product / baseline", "product p99 ms");
        var ratios = new List<double>();
        for (var i = 0; i < pairs.Count; i++)
        {
            var (baseline, product) = pairs[i];
            ratios.Add(product.Sustained / baseline.Sustained);
            table.AddRow($"{i + 1}", $"{baseline.Sustained:N0}", $"{product.Sustained:N0}", $"{100 * ratios[^1]:0.0} %", Percentiles.Ms(product.Latency?.At(99)));
        }

        AnsiConsole.Write(table);
        ratios.Sort();
        var median = ratios.Count % 2 == 1 ? ratios[ratios.Count / 2] : (ratios[(ratios.Count / 2) - 1] + ratios[ratios.Count / 2]) / 2;
        AnsiConsole.MarkupLine(
            $"Pairs: median product / baseline [bold]{100 * median:0.0} %[/] (goal >= 15 %), range {100 * ratios[0]:0.0}–{100 * ratios[^1]:0.0} %, " +
            $"{ratios.Count(r => r >= 0.15)} of {ratios.Count} pairs at or above the goal.");
    }

    private static string Rate(double value) => double.IsFinite(value) ? $"{value:N0}" : "not drained";

    private static string Sustained(double value, double? target) =>
        Rate(value) + (double.IsFinite(value) && target is { } t && value < 0.95 * t ? " (not sustained)" : string.Empty);
}
