using Realtime.LoadTests.Diagnostics;
using Realtime.LoadTests.Report;

namespace Realtime.LoadTests.E2e;

/// <summary>One measured phase: who, at what target, what it sustained, how fast alerts came back, what it cost.</summary>
public sealed record E2eRow(
    string Target, double? TargetRate, double Sustained, long Failed, Percentiles? Latency, int ProbesSent, double CpuPercent, long RssBytes, GcFigures Gc, TimeSpan Elapsed);
