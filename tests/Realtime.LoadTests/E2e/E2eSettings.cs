namespace Realtime.LoadTests.E2e;

/// <summary>Options of <c>e2e</c>.</summary>
public sealed record E2eSettings
{
    /// <summary>Target event rates in messages/s; <c>null</c> means as fast as the server answers.</summary>
    public IReadOnlyList<double?> Rates { get; init; } = [1000, 5000, 10_000, null];
    public TimeSpan PhaseDuration { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Conversations opened (and then closed) to measure memory per active and per idle conversation.</summary>
    public int Conversations { get; init; } = 10_000;

    /// <summary>Conversations in flight at once in the replay stream (100 / this = events per conversation per batch).</summary>
    public int Interleave { get; init; } = 10;
    public int Stores { get; init; } = 4;
    public int Agents { get; init; } = 200;
    public int BatchSize { get; init; } = 100;
    public int MaxInFlight { get; init; } = 32;

    /// <summary>Probes (one agent message with a banned claim in its own conversation) per second.</summary>
    public int ProbesPerSecond { get; init; } = 20;

    /// <summary>Batches prepared for an unpaced phase: enough for this rate over the phase.</summary>
    public double UnpacedCeiling { get; init; } = 100_000;
    public bool BuildServer { get; init; } = true;

    /// <summary>0: one embedded server process. N >= 1: N production-mode processes on a redis-server of the benchmark's own.</summary>
    public int Processes { get; init; }

    /// <summary>Cluster mode: how long to wait, after a phase, for the ingest stream to be applied.</summary>
    /// <summary>Extra idle time after close before a last heap measurement (0: none): customer grains are collected after 2 min idle.</summary>
    public TimeSpan Settle { get; init; } = TimeSpan.Zero;

    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Extra rounds, after the main run, of a baseline and a fresh product each at the top rate (order alternating): this
    /// machine's speed drifts by a third within minutes, so one baseline and one product run can be far apart in luck.
    /// </summary>
    public int Pairs { get; init; }
}
