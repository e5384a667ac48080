using System.Diagnostics.Metrics;

namespace Realtime.Grains.Ingest;

/// <summary>
/// This silo's conversations whose derivation failed (an event the maths could not take): counted for the
/// <c>realtime.ingest.derivation_failures</c> metric and for the readiness check, instead of only a log line.
/// </summary>
public sealed class DerivationFailures(TimeProvider time)
{
    public const string MeterName = "Realtime.Ingest";
    private const int RecentKept = 20;

    private static readonly Meter s_meter = new(MeterName);
    private static readonly Counter<long> s_failures = s_meter.CreateCounter<long>(
        "realtime.ingest.derivation_failures", "{conversation}", "Conversations whose events could not be derived; their events were rejected and parked.");
    private static readonly Counter<long> s_parked = s_meter.CreateCounter<long>(
        "realtime.ingest.dead_letters", "{event}", "Events parked in the dead-letter store.");

    private readonly Lock _lock = new();
    private readonly Queue<Failure> _recent = new();
    private long _total;

    public long Total => Interlocked.Read(ref _total);

    /// <summary>The latest failures, newest first.</summary>
    public IReadOnlyList<Failure> Recent
    {
        get
        {
            lock (_lock)
            {
                return _recent.Reverse().ToList();
            }
        }
    }

    public void Report(string conversationId, int events, Exception error)
    {
        Interlocked.Increment(ref _total);
        s_failures.Add(1);
        s_parked.Add(events);
        lock (_lock)
        {
            _recent.Enqueue(new Failure(conversationId, error.GetType().Name, time.GetUtcNow()));
            while (_recent.Count > RecentKept)
            {
                _recent.Dequeue();
            }
        }
    }

    public sealed record Failure(string ConversationId, string Error, DateTimeOffset At);
}
