namespace Realtime.Grains.Persistence;

/// <summary>
/// When grains that change on every ingest batch write their state. Durable storage (Redis, Azure Table) is written
/// on every change, before the call returns, so a crash loses nothing acknowledged. The embedded store lives in the
/// silo's own process: a state written there survives nothing the grain's object does not, so those grains write it
/// once, when they deactivate (closed or idle; not at the silo's shutdown, see <see cref="FlushesAt"/>), and
/// serialisation stays off the ingest path.
/// </summary>
public sealed record StateWritePolicy(bool WriteEveryChange)
{
    public static StateWritePolicy Durable { get; } = new(WriteEveryChange: true);

    public static StateWritePolicy ProcessLifetime { get; } = new(WriteEveryChange: false);

    /// <summary>
    /// Whether a grain deactivating for <paramref name="reason"/> writes what it deferred. Never under a durable policy
    /// (nothing is deferred); nor when the embedded silo shuts down: its store ends with the process, and a stopping
    /// silo places no new activations, so the page grains such a write calls refused it — two dozen errors with stack
    /// traces in the log of every Ctrl+C.
    /// </summary>
    public bool FlushesAt(DeactivationReason reason) => !WriteEveryChange && reason.ReasonCode != DeactivationReasonCode.ShuttingDown;
}
