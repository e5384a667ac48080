namespace Realtime.Contracts.Alerts;

/// <summary>An alert as CONTRACT.md §3 describes it, plus its lifecycle trail.</summary>
public sealed record Alert
{
    public required string AlertId { get; init; }
    public required string Kind { get; init; }
    public required string Severity { get; init; }
    public string Status { get; init; } = AlertStatuses.Open;
    public string? ConversationId { get; init; }
    public string? AgentId { get; init; }
    public string? CustomerId { get; init; }
    public string StoreId { get; init; } = "default";
    public string? TeamId { get; init; }
    public required DateTimeOffset RaisedAt { get; init; }
    public required string Message { get; init; }
    public string? Evidence { get; init; }

    /// <summary>The rule that raised it; the same id tags the scorecard deduction and the agent hint.</summary>
    public string? RuleId { get; init; }

    /// <summary>For an <c>escalation</c>: the alert that was not acknowledged in time.</summary>
    public string? EscalatedAlertId { get; init; }

    public DateTimeOffset? AcknowledgedAt { get; init; }
    public string? AcknowledgedBy { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }
    public string? ResolvedBy { get; init; }
    public IReadOnlyList<AlertNote> History { get; init; } = [];
}

public sealed record AlertNote(DateTimeOffset At, string Action, string? By, string? Note);
