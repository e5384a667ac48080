using Realtime.Contracts.Alerts;

namespace Realtime.Grains.Incidents;

/// <summary>What an incident keeps of its own; severity, status and summary are derived from its alerts.</summary>
[GenerateSerializer, Alias("incident-record")]
public sealed class IncidentRecord
{
    [Id(0)] public required string IncidentId { get; init; }

    /// <summary><see cref="IncidentSubjects"/> key: one incident per subject at a time.</summary>
    [Id(1)] public required string SubjectKey { get; init; }
    [Id(2)] public string? ConversationId { get; init; }
    [Id(3)] public string? CustomerId { get; init; }
    [Id(4)] public string? TeamId { get; set; }
    [Id(5)] public string? AgentId { get; set; }
    [Id(6)] public DateTimeOffset OpenedAt { get; init; }
    [Id(7)] public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>0 until escalated; reset when the incident reopens after being resolved.</summary>
    [Id(8)] public int EscalationLevel { get; set; }
    [Id(9)] public DateTimeOffset? EscalatedAt { get; set; }

    /// <summary>Its alerts' ids, oldest first.</summary>
    [Id(10)] public List<string> AlertIds { get; set; } = [];
    [Id(11)] public List<AlertNote> History { get; set; } = [];

    /// <summary>Whether the incident had reached <c>resolved</c> when it was last looked at (reopening is told in its history).</summary>
    [Id(12)] public bool WasResolved { get; set; }
}
