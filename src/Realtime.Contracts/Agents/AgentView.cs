namespace Realtime.Contracts.Agents;

/// <summary><c>GET /api/agents/{id}</c>: live state and today's figures of one agent.</summary>
public sealed record AgentView
{
    public required string AgentId { get; init; }
    public string Status { get; init; } = "offline";
    public DateTimeOffset? StatusSince { get; init; }
    public string? Role { get; init; }
    public string? TeamId { get; init; }
    public string? StoreId { get; init; }
    public IReadOnlyList<string> OpenConversations { get; init; } = [];
    public required AgentDayFigures Today { get; init; }

    /// <summary>Today's sales conversion of this agent (docs/conversion.md).</summary>
    public Reports.ConversionFigures? TodayConversion { get; init; }
    public IReadOnlyList<StatusSpan> StatusTimeline { get; init; } = [];
}

public sealed record AgentDayFigures
{
    public required string Date { get; init; }
    public int Conversations { get; init; }
    public int Messages { get; init; }
    public double? AverageFirstResponseSeconds { get; init; }
    public double? P90FirstResponseSeconds { get; init; }
    public int Breaches { get; init; }
    public int Alerts { get; init; }
    public int ClosedConversations { get; init; }
    public double? AverageQaScore { get; init; }
    public IReadOnlyDictionary<string, double> SecondsByStatus { get; init; } = new Dictionary<string, double>();
}

public sealed record StatusSpan(string Status, DateTimeOffset From, DateTimeOffset? To);
