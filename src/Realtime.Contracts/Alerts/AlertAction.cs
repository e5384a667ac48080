namespace Realtime.Contracts.Alerts;

/// <summary>Optional body of <c>POST /api/alerts/{id}/ack|resolve</c>.</summary>
public sealed record AlertAction(string? Note);
