using Realtime.LoadTests.Diagnostics;
using Realtime.LoadTests.Report;

namespace Realtime.LoadTests.E2e;

/// <summary>
/// One measured phase: who, at what target, what it sustained, how fast alerts came back, what it cost. In cluster
/// mode <see cref="Sustained"/> is what the stream accepted (202), <see cref="Applied"/> what the grains applied
/// (events / phase start → stream drained; NaN when it did not drain), and <see cref="RedisCpuPercent"/> the
/// redis-server's share; CPU, GC and <see cref="Elapsed"/> then run until the stream drained.
/// <see cref="AlertsPerSecond"/>: <c>alertRaised</c> pushes the lead's SignalR client received; <see cref="DriverCpuPercent"/>:
/// the load driver's own CPU (it shares the cores with what it measures).
/// </summary>
public sealed record E2eRow(
    string Target, double? TargetRate, double Sustained, long Failed, Percentiles? Latency, int ProbesSent, double CpuPercent, long RssBytes, GcFigures Gc, TimeSpan Elapsed,
    double? Applied = null, double? RedisCpuPercent = null, double AlertsPerSecond = 0, double DriverCpuPercent = 0);
