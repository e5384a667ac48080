using System.Diagnostics;

namespace Realtime.Replay;

/// <summary>
/// Sends events in batches. <c>--max</c>: every batch serialised up front, then several in flight, as fast as the
/// server answers. Paced: each event leaves when its time comes (recorded gap ÷ pace); events due together share a batch.
/// </summary>
public sealed class Replayer(BatchPoster poster, ReplayOptions options)
{
    public async Task RunAsync(IReadOnlyList<TimedEvent> events, double pace, Action<int> sent, CancellationToken cancellationToken)
    {
        if (options.Max)
        {
            await RunFlatOutAsync(events, sent, cancellationToken);
        }
        else
        {
            await RunPacedAsync(events, pace, sent, cancellationToken);
        }
    }

    private async Task RunFlatOutAsync(IReadOnlyList<TimedEvent> events, Action<int> sent, CancellationToken cancellationToken)
    {
        var batches = new List<(byte[] Body, int Count)>();
        for (var i = 0; i < events.Count; i += options.Batch)
        {
            var count = Math.Min(options.Batch, events.Count - i);
            batches.Add((BatchPoster.Serialise(events, i, count), count));
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(batches, parallel, async (batch, ct) =>
        {
            await poster.PostAsync(batch.Body, batch.Count, ct);
            sent(batch.Count);
        });
    }

    private async Task RunPacedAsync(IReadOnlyList<TimedEvent> events, double pace, Action<int> sent, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return;
        }

        var first = events[0].At;
        var clock = Stopwatch.StartNew();
        var inFlight = new List<Task>();
        var i = 0;
        while (i < events.Count)
        {
            var due = (events[i].At - first) / pace;
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }

            var now = clock.Elapsed;
            var count = 1;
            while (i + count < events.Count && count < options.Batch && (events[i + count].At - first) / pace <= now)
            {
                count++;
            }

            var body = BatchPoster.Serialise(events, i, count);
            var batchCount = count;
            inFlight.RemoveAll(t => t.IsCompleted);
            if (inFlight.Count >= options.Concurrency)
            {
                await Task.WhenAny(inFlight);
            }

            inFlight.Add(SendAsync(body, batchCount, sent, cancellationToken));
            i += count;
        }

        await Task.WhenAll(inFlight);
    }

    private async Task SendAsync(byte[] body, int count, Action<int> sent, CancellationToken cancellationToken)
    {
        await poster.PostAsync(body, count, cancellationToken);
        sent(count);
    }
}
