using System.Globalization;
using System.IO.Pipes;

namespace Realtime.LoadTests.Diagnostics;

/// <summary>GC figures of a child process, read through the <see cref="StartupHook"/> pipe.</summary>
public sealed record GcFigures(long HeapBytes, double PauseMs, int Gen0, int Gen1, int Gen2, long AllocatedBytes)
{
    /// <summary>Current figures; with <paramref name="collect"/>, after a forced compacting full GC (live heap only).</summary>
    public static async Task<GcFigures> ReadAsync(string pipeName, bool collect)
    {
        await using var pipe = new NamedPipeClientStream(".", pipeName, PipeDirection.InOut);
        await pipe.ConnectAsync(30_000);
        using var reader = new StreamReader(pipe);
        await using var writer = new StreamWriter(pipe) { AutoFlush = true };
        await writer.WriteLineAsync(collect ? "gc" : "stats");
        var line = await reader.ReadLineAsync() ?? throw new InvalidOperationException("The child answered nothing.");
        var p = line.Split(' ');
        return new GcFigures(
            long.Parse(p[0], CultureInfo.InvariantCulture),
            double.Parse(p[1], CultureInfo.InvariantCulture),
            int.Parse(p[2], CultureInfo.InvariantCulture),
            int.Parse(p[3], CultureInfo.InvariantCulture),
            int.Parse(p[4], CultureInfo.InvariantCulture),
            long.Parse(p[5], CultureInfo.InvariantCulture));
    }

    /// <summary>Figures of several processes added up (a cluster's heap, pauses, collections and allocations).</summary>
    public static GcFigures Sum(IEnumerable<GcFigures> figures) => figures.Aggregate(
        new GcFigures(0, 0, 0, 0, 0, 0),
        (a, b) => new GcFigures(a.HeapBytes + b.HeapBytes, a.PauseMs + b.PauseMs, a.Gen0 + b.Gen0, a.Gen1 + b.Gen1, a.Gen2 + b.Gen2, a.AllocatedBytes + b.AllocatedBytes));

    public GcFigures Since(GcFigures earlier) => new(
        HeapBytes, PauseMs - earlier.PauseMs, Gen0 - earlier.Gen0, Gen1 - earlier.Gen1, Gen2 - earlier.Gen2, AllocatedBytes - earlier.AllocatedBytes);
}
