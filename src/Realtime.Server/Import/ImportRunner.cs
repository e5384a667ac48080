using System.Text;
using Microsoft.Extensions.Options;
using Realtime.Contracts.Import;
using Realtime.Contracts.Texts;
using Realtime.Grains.Ingest;
using Realtime.Server.Ingest;

namespace Realtime.Server.Import;

/// <summary>
/// Feeds an import's records to the grains as <see cref="IncomingEvent.Historical"/> events: scored and reported for
/// their own dates, but raising no live alerts, hints or pushes. Batches go out a few at a time, so reading the next
/// batch overlaps scoring the previous ones.
/// </summary>
public sealed partial class ImportRunner(IngestDispatcher dispatcher, IOptions<ImportOptions> options, TimeProvider time, ILogger<ImportRunner> logger)
{
    public async Task RunAsync(ImportJob job, IAsyncEnumerable<ImportRecord> records, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var inFlight = new List<Task>(o.MaxInFlight);
        var batch = new List<IncomingEvent>(o.BatchSize);
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        LogStarted(logger, job.Id, job.Format, job.EncodingName);
        try
        {
            await foreach (var record in records.WithCancellation(cancellationToken))
            {
                job.Read(1);
                if (record.Errors is not null || record.Event is null)
                {
                    job.Reject(record.Line, record.Event?.EventId, record.Errors ?? [Text.Of("import.unreadable")]);
                    continue;
                }

                if (!seen.TryAdd(record.Event.EventId!, record.Line))
                {
                    job.Applied(0, 1);
                    continue;
                }

                batch.Add(EventMapping.ToIncoming(record.Event, historical: true));
                if (batch.Count >= o.BatchSize)
                {
                    await SendAsync(job, batch, seen, inFlight, o.MaxInFlight);
                    batch = new List<IncomingEvent>(o.BatchSize);
                    seen = new Dictionary<string, long>(StringComparer.Ordinal);
                }
            }

            if (batch.Count > 0)
            {
                await SendAsync(job, batch, seen, inFlight, 1);
            }

            await Task.WhenAll(inFlight);
            job.Complete(time.GetUtcNow());
            var done = job.Snapshot(time.GetUtcNow());
            LogCompleted(logger, job.Id, done.Accepted, done.Duplicates, done.Rejected, done.EventsPerSecond);
        }
        catch (Exception ex) when (ex is TextException or InvalidDataException or NotSupportedException or DecoderFallbackException)
        {
            await DrainAsync(inFlight);
            job.Fail(time.GetUtcNow(), ex switch
            {
                TextException t => t.Text,
                DecoderFallbackException => Text.Of("import.undecodable", ("encoding", job.EncodingName)),
                _ => Text.Of("import.unreadableBody", ("reason", ex.Message)),
            });
            LogFailed(logger, job.Id);
        }
        catch (Exception)
        {
            await DrainAsync(inFlight);
            job.Fail(time.GetUtcNow(), Text.Of("import.stopped"));
            LogFailed(logger, job.Id);
            throw;
        }
    }

    private async Task SendAsync(ImportJob job, List<IncomingEvent> batch, Dictionary<string, long> lines, List<Task> inFlight, int maxInFlight)
    {
        while (inFlight.Count >= maxInFlight)
        {
            var finished = await Task.WhenAny(inFlight);
            inFlight.Remove(finished);
            await finished;
        }

        inFlight.Add(DispatchAsync(job, batch, lines));
    }

    /// <summary>Applies one batch; an event the grains did not apply is a rejection of its line.</summary>
    private async Task DispatchAsync(ImportJob job, List<IncomingEvent> batch, Dictionary<string, long> lines)
    {
        var applied = await dispatcher.DispatchAsync(batch);
        job.Applied(applied.Accepted, applied.Duplicates);
        foreach (var failure in applied.Failures ?? [])
        {
            job.Reject(lines[failure.EventId], failure.EventId, [FailureText.Of(failure)]);
        }
    }

    private static async Task DrainAsync(List<Task> inFlight)
    {
        try
        {
            await Task.WhenAll(inFlight);
        }
        catch (Exception)
        {
            // The import already failed; what the grains took is kept (idempotent on a retry).
        }
    }

    [LoggerMessage(EventId = 700, Level = LogLevel.Information, Message = "Import {ImportId} started ({Format}, {Encoding})")]
    private static partial void LogStarted(ILogger logger, string importId, ImportFormat? format, string? encoding);

    [LoggerMessage(EventId = 701, Level = LogLevel.Information, Message = "Import {ImportId} completed: {Accepted} accepted, {Duplicates} duplicates, {Rejected} rejected, {Rate} events/s")]
    private static partial void LogCompleted(ILogger logger, string importId, long accepted, long duplicates, long rejected, double rate);

    [LoggerMessage(EventId = 702, Level = LogLevel.Warning, Message = "Import {ImportId} failed")]
    private static partial void LogFailed(ILogger logger, string importId);
}
