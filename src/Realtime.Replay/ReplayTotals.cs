using Realtime.Contracts.Events;

namespace Realtime.Replay;

/// <summary>What the server answered, summed over all batches (thread-safe: batches run in parallel).</summary>
public sealed class ReplayTotals
{
    private const int KeptErrors = 10;
    private readonly List<string> _errors = [];
    private long _sent;
    private long _accepted;
    private long _duplicates;
    private long _rejected;
    private long _failedBatches;

    public long Sent => Interlocked.Read(ref _sent);
    public long Accepted => Interlocked.Read(ref _accepted);
    public long Duplicates => Interlocked.Read(ref _duplicates);
    public long Rejected => Interlocked.Read(ref _rejected);
    public long FailedBatches => Interlocked.Read(ref _failedBatches);

    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    public void Add(int sent, IngestResult result)
    {
        Interlocked.Add(ref _sent, sent);
        Interlocked.Add(ref _accepted, result.Accepted);
        Interlocked.Add(ref _duplicates, result.Duplicates);
        Interlocked.Add(ref _rejected, result.Rejected.Count);
        foreach (var r in result.Rejected)
        {
            Error($"{r.EventId ?? "#" + r.Index}: {r.Error}");
        }
    }

    public void Add(long sent, long accepted, long duplicates, long rejected)
    {
        Interlocked.Add(ref _sent, sent);
        Interlocked.Add(ref _accepted, accepted);
        Interlocked.Add(ref _duplicates, duplicates);
        Interlocked.Add(ref _rejected, rejected);
    }

    public void Failed(int sent, string error)
    {
        Interlocked.Add(ref _sent, sent);
        Interlocked.Increment(ref _failedBatches);
        Error(error);
    }

    public void Error(string error)
    {
        lock (_errors)
        {
            if (_errors.Count < KeptErrors)
            {
                _errors.Add(error);
            }
        }
    }
}
