using System.Diagnostics.Metrics;
using Realtime.Grains.Telemetry;

namespace Realtime.Server.Ingest.Stream;

/// <summary>
/// The consumer group's lag (entries not yet delivered) and pending entries (delivered, not acknowledged), as last read by
/// <see cref="EventStreamConsumer"/>; exported as <c>realtime.stream.lag</c> / <c>realtime.stream.pending</c>.
/// </summary>
public sealed class StreamLagMonitor
{
    private static readonly Meter s_meter = new(RealtimeTelemetry.Name);
    private static long s_lag;
    private static long s_pending;

    static StreamLagMonitor()
    {
        s_meter.CreateObservableGauge("realtime.stream.lag", () => Interlocked.Read(ref s_lag), "{entry}", "Ingest stream entries not yet delivered to a consumer.");
        s_meter.CreateObservableGauge("realtime.stream.pending", () => Interlocked.Read(ref s_pending), "{entry}", "Ingest stream entries delivered but not yet acknowledged.");
    }

    private long _lag;

    public long Lag => Interlocked.Read(ref _lag);

    public void Update(long lag)
    {
        Interlocked.Exchange(ref _lag, lag);
        Interlocked.Exchange(ref s_lag, lag);
    }

    public static void UpdatePending(long pending) => Interlocked.Exchange(ref s_pending, pending);
}
