using Realtime.Contracts.Texts;
using Realtime.Grains.Ingest;

namespace Realtime.Server.Ingest;

/// <summary>
/// Embedded default: one grain call per conversation, answered with exact accepted/duplicate counts. When no call of
/// the batch got through, nothing was applied: that is a 503, not a 202 rejecting everything.
/// </summary>
public sealed class DirectIngestPath(IngestDispatcher dispatcher) : IIngestPath
{
    public async Task<ApplyResult> SubmitAsync(IReadOnlyList<IncomingEvent> events, CancellationToken cancellationToken)
    {
        var applied = await dispatcher.DispatchAsync(events);
        if (applied is { Accepted: 0, Duplicates: 0, Failures: { } failures } && failures.Count == events.Count && failures.TrueForAll(f => f.Retry))
        {
            throw new IngestUnavailableException(Text.Of("ingest.unavailable.noGrain"));
        }

        return applied;
    }
}
