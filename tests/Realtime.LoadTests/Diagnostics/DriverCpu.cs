using System.Diagnostics;

namespace Realtime.LoadTests.Diagnostics;

/// <summary>This process's CPU over a span (100 % = one core): the driver runs on the cores it measures.</summary>
public readonly record struct DriverCpu(TimeSpan StartCpu, long StartTicks)
{
    public static DriverCpu Start() => new(Process.GetCurrentProcess().TotalProcessorTime, Stopwatch.GetTimestamp());

    public double Percent() =>
        100 * (Process.GetCurrentProcess().TotalProcessorTime - StartCpu).TotalSeconds / Stopwatch.GetElapsedTime(StartTicks).TotalSeconds;
}
