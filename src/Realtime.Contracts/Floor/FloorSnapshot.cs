using Realtime.Contracts.Alerts;

namespace Realtime.Contracts.Floor;

/// <summary><c>GET /api/floor</c> and the <c>floorUpdated</c> push.</summary>
public sealed record FloorSnapshot
{
    public string? StoreId { get; init; }
    public string? TeamId { get; init; }
    public required DateTimeOffset At { get; init; }
    public required FloorKpis Kpis { get; init; }
    public IReadOnlyList<AgentTile> Agents { get; init; } = [];
    public IReadOnlyList<RiskConversation> RiskConversations { get; init; } = [];
    public IReadOnlyList<Alert> OpenAlerts { get; init; } = [];
}

public sealed record FloorKpis
{
    public int OpenConversations { get; init; }
    public int Waiting { get; init; }
    public double LongestWaitSeconds { get; init; }
    public double? SlaAttainmentPercent { get; init; }
    public IReadOnlyDictionary<string, int> OpenAlertsBySeverity { get; init; } = new Dictionary<string, int>();

    /// <summary>Open incidents (one per conversation or customer) by their severity: what needs someone.</summary>
    public IReadOnlyDictionary<string, int> OpenIncidentsBySeverity { get; init; } = new Dictionary<string, int>();
    public double? CsatToday { get; init; }
    public int MessagesToday { get; init; }
    public int ConversationsToday { get; init; }
}

public sealed record AgentTile
{
    public required string AgentId { get; init; }
    public string Status { get; init; } = "offline";
    public string? TeamId { get; init; }
    public string? StoreId { get; init; }
    public int Load { get; init; }
    public double LongestWaitSeconds { get; init; }
    public int BreachesToday { get; init; }
    public int AlertsToday { get; init; }
}

public sealed record RiskConversation
{
    public required string ConversationId { get; init; }
    public string? AgentId { get; init; }
    public string? CustomerId { get; init; }
    public string StoreId { get; init; } = "default";
    public string? TeamId { get; init; }
    public required string Reason { get; init; }
    public required string Severity { get; init; }
    public double WaitingSeconds { get; init; }
    public DateTimeOffset LastActivityAt { get; init; }
}
