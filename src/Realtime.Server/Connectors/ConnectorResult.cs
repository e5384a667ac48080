using System.Text.Json.Serialization;
using Realtime.Contracts.Events;
using Realtime.Contracts.Texts;

namespace Realtime.Server.Connectors;

/// <summary>
/// The <c>202</c> body of a connector endpoint: the ingest answer, plus why a well-formed webhook produced no event
/// (a private note, an event type we do not use…) in the reader's language, with its key. Help desks only need the 2xx.
/// </summary>
public sealed record ConnectorResult(int Accepted, int Duplicates, IReadOnlyList<IngestRejection> Rejected, [property: JsonIgnore] Text? Why = null)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? IgnoredKey => Why?.Key;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? IgnoredArgs => Why?.Args;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [RenderedFrom(nameof(IgnoredKey), nameof(IgnoredArgs))]
    public string? Ignored => Why?.Render(TextCatalog.English);
}
