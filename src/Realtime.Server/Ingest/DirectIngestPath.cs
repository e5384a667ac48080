using Realtime.Grains.Ingest;

namespace Realtime.Server.Ingest;

/// <summary>Embedded default: one grain call per conversation, answered with exact accepted/duplicate counts.</summary>
public sealed class DirectIngestPath(IngestDispatcher dispatcher) : IIngestPath
{
    public Task<ApplyResult> SubmitAsync(IReadOnlyList<IncomingEvent> events, CancellationToken cancellationToken) =>
        dispatcher.DispatchAsync(events);
}
