namespace Realtime.Contracts.Events;

/// <summary>The <c>202</c> body of <c>POST /api/events</c>.</summary>
public sealed record IngestResult(int Accepted, int Duplicates, IReadOnlyList<IngestRejection> Rejected);

public sealed record IngestRejection(int Index, string? EventId, string Error);
