using Realtime.Contracts.Alerts;
using Realtime.Contracts.Texts;

namespace Realtime.Contracts.Incidents;

/// <summary>
/// One actionable item per problem: the alerts of one subject (a conversation, or a customer for
/// <c>repeat.contact</c>) grouped together, with one lifecycle and one escalation.
/// </summary>
public sealed record Incident
{
    public required string IncidentId { get; init; }
    public required IncidentSubject Subject { get; init; }
    public string StoreId { get; init; } = "default";
    public string? TeamId { get; init; }
    public string? AgentId { get; init; }

    /// <summary>The highest severity among its alerts that are not resolved (its highest alert's when all are).</summary>
    public required string Severity { get; init; }

    /// <summary><c>open</c> while any alert is open, <c>acknowledged</c> when the rest are acknowledged, else <c>resolved</c>.</summary>
    public required string Status { get; init; }
    public required DateTimeOffset OpenedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public bool Escalated { get; init; }
    public int EscalationLevel { get; init; }

    /// <summary>One line saying what is wrong now (<see cref="SummaryKey"/> and <see cref="SummaryArgs"/> for other languages).</summary>
    [RenderedFrom(nameof(SummaryKey), nameof(SummaryArgs))]
    public required string Summary { get; init; }
    public string SummaryKey { get; init; } = "incident.summary";
    public IReadOnlyDictionary<string, string> SummaryArgs { get; init; } = new Dictionary<string, string>();

    /// <summary>Its alerts, newest first.</summary>
    public IReadOnlyList<Alert> Alerts { get; init; } = [];
    public IReadOnlyList<AlertNote> History { get; init; } = [];
}

/// <summary>What an incident is about: exactly one of the two is set.</summary>
public sealed record IncidentSubject(string? ConversationId, string? CustomerId);
