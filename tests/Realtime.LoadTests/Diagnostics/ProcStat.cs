using System.Globalization;

namespace Realtime.LoadTests.Diagnostics;

/// <summary>CPU time and resident memory of a process, from <c>/proc</c> (Linux).</summary>
public readonly record struct ProcStat(double CpuSeconds, long RssBytes, long PeakRssBytes, long TakenAtTicks)
{
    /// <summary>USER_HZ; 100 on every Linux this runs on.</summary>
    private const double ClockTicksPerSecond = 100;

    public static ProcStat Read(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // Fields after the command name, which is in parentheses and may contain spaces.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var utime = long.Parse(fields[11], CultureInfo.InvariantCulture);
        var stime = long.Parse(fields[12], CultureInfo.InvariantCulture);
        long rss = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kilobytes(line) * 1024;
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line) * 1024;
            }
        }

        return new ProcStat((utime + stime) / ClockTicksPerSecond, rss, peak, System.Diagnostics.Stopwatch.GetTimestamp());
    }

    /// <summary>Several processes read now and added up: CPU seconds and memory of a cluster as one.</summary>
    public static ProcStat Sum(IEnumerable<int> pids)
    {
        var stats = pids.Select(Read).ToList();
        return new ProcStat(stats.Sum(s => s.CpuSeconds), stats.Sum(s => s.RssBytes), stats.Sum(s => s.PeakRssBytes), System.Diagnostics.Stopwatch.GetTimestamp());
    }

    /// <summary>CPU used since <paramref name="earlier"/> in % of one core (200 % = both cores of this machine).</summary>
    public double CpuPercentSince(ProcStat earlier)
    {
        var wall = System.Diagnostics.Stopwatch.GetElapsedTime(earlier.TakenAtTicks, TakenAtTicks).TotalSeconds;
        return wall <= 0 ? 0 : 100 * (CpuSeconds - earlier.CpuSeconds) / wall;
    }

    public static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[..3] is var l ? string.Join(' ', l) : string.Empty;

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
