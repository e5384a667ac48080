namespace Realtime.Server.Ingest.Stream;

/// <summary>The consumer group's lag (entries not yet delivered), as last read by <see cref="EventStreamConsumer"/>.</summary>
public sealed class StreamLagMonitor
{
    private long _lag;

    public long Lag => Interlocked.Read(ref _lag);

    public void Update(long lag) => Interlocked.Exchange(ref _lag, lag);
}
