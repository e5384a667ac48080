namespace Realtime.Grains.Persistence;

/// <summary>
/// When grains that change on every ingest batch write their state. Durable storage (Redis, Azure Table) is written
/// on every change, before the call returns, so a crash loses nothing acknowledged. The embedded store lives in the
/// silo's own process: a state written there survives nothing the grain's object does not, so those grains write it
/// once, when they deactivate (closed, idle, or at shutdown), and serialisation stays off the ingest path.
/// </summary>
public sealed record StateWritePolicy(bool WriteEveryChange)
{
    public static StateWritePolicy Durable { get; } = new(WriteEveryChange: true);

    public static StateWritePolicy ProcessLifetime { get; } = new(WriteEveryChange: false);
}
