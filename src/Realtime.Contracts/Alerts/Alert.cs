using Realtime.Contracts.Texts;

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
    [RenderedFrom(nameof(MessageKey), nameof(Args))]
    public required string Message { get; init; }

    [RenderedFrom(nameof(EvidenceKey), nameof(EvidenceArgs))]
    public string? Evidence { get; init; }

    /// <summary>The catalogue key <see cref="Message"/> is rendered from, in the reader's language (docs/i18n.md).</summary>
    public string? MessageKey { get; init; }
    public IReadOnlyDictionary<string, string>? Args { get; init; }

    /// <summary>The key of <see cref="Evidence"/> when the server wrote it; null when it quotes the conversation.</summary>
    public string? EvidenceKey { get; init; }
    public IReadOnlyDictionary<string, string>? EvidenceArgs { get; init; }

    /// <summary>The rule that raised it; the same id tags the scorecard deduction and the agent hint.</summary>
    public string? RuleId { get; init; }

    /// <summary>For an <c>escalation</c>: the alert that was not acknowledged in time.</summary>
    public string? EscalatedAlertId { get; init; }

    public DateTimeOffset? AcknowledgedAt { get; init; }
    public string? AcknowledgedBy { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>Who resolved it: a user's name, or <see cref="AlertResolvers.System"/> when it resolved itself.</summary>
    public string? ResolvedBy { get; init; }

    /// <summary>Why the system resolved it (<see cref="AutoResolveReasons"/>); null when a person did.</summary>
    public string? ResolvedReason { get; init; }

    /// <summary>The incident this alert belongs to: one per conversation, or per customer for <c>repeat.contact</c>.</summary>
    public string? IncidentId { get; init; }

    /// <summary>On an <c>escalation</c> push and webhook only: the escalation level reached (1 or 2).</summary>
    public int? EscalationLevel { get; init; }
    public IReadOnlyList<AlertNote> History { get; init; } = [];
}

public sealed record AlertNote(DateTimeOffset At, string Action, string? By, string? Note);
