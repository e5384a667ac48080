using Realtime.Contracts.Texts;
using Realtime.Grains.Ingest;

namespace Realtime.Server.Ingest;

/// <summary>
/// Where validated events go: straight to the grains (embedded default), or first into the Redis Stream so that a
/// <c>202</c> means durable (production). Throws <see cref="IngestUnavailableException"/> when it cannot make them durable.
/// </summary>
public interface IIngestPath
{
    Task<ApplyResult> SubmitAsync(IReadOnlyList<IncomingEvent> events, CancellationToken cancellationToken);
}

/// <summary>The events could not be made durable now; the caller answers 503 with Retry-After.</summary>
public sealed class IngestUnavailableException(Text text, Exception? inner = null) : Exception(text.Render(TextCatalog.English), inner)
{
    /// <summary>Why, as a catalogue text for the reader's language.</summary>
    public Text Text { get; } = text;
}
