namespace Realtime.Contracts.Disputes;

/// <summary>Body of <c>POST /api/conversations/{id}/disputes</c>.</summary>
public sealed record OpenDisputeRequest(string? RuleId, string? MessageId, string? Reason);
