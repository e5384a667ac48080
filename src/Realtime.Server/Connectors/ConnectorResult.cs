using Realtime.Contracts.Events;

namespace Realtime.Server.Connectors;

/// <summary>
/// The <c>202</c> body of a connector endpoint: the ingest answer, plus why a well-formed webhook produced no event
/// (a private note, an event type we do not use…). Help desks only need the 2xx.
/// </summary>
public sealed record ConnectorResult(int Accepted, int Duplicates, IReadOnlyList<IngestRejection> Rejected, string? Ignored = null);
