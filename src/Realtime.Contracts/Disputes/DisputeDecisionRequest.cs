namespace Realtime.Contracts.Disputes;

/// <summary>Body of <c>POST /api/conversations/{id}/disputes/{disputeId}/accept|reject</c>.</summary>
public sealed record DisputeDecisionRequest(string? Note);
