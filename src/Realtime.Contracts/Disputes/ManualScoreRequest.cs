namespace Realtime.Contracts.Disputes;

/// <summary>Body of <c>POST /api/conversations/{id}/manual-score</c>: dimension → 0..100.</summary>
public sealed record ManualScoreRequest(IReadOnlyDictionary<string, double>? Dimensions, string? Note);
