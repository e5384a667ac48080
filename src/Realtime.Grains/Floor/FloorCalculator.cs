using Realtime.Contracts.Alerts;
using Realtime.Contracts.Floor;

namespace Realtime.Grains.Floor;

/// <summary>Computes a wallboard snapshot for one store/team filter from the floor's current knowledge.</summary>
public static class FloorCalculator
{
    private const int MaxRiskConversations = 50;
    private const int MaxOpenAlerts = 100;

    public static FloorSnapshot Snapshot(
        IEnumerable<ConversationSummary> conversations,
        IEnumerable<AgentSummary> agents,
        IEnumerable<Alert> openAlerts,
        string? storeId,
        string? teamId,
        DateTimeOffset now)
    {
        var today = now.UtcDateTime.Date;
        var inScope = conversations.Where(c => Matches(c.StoreId, c.TeamId, storeId, teamId)).ToList();
        var open = inScope.Where(c => c.Open).ToList();
        var waiting = open.Where(c => c.WaitingSince is not null).ToList();
        var todays = inScope.Where(c => c.StartedAt.UtcDateTime.Date == today || c.Open).ToList();
        var answered = todays.Sum(c => c.WaitsAnswered);
        var met = todays.Sum(c => c.WaitsMet);
        var rated = todays.Where(c => c.Csat is not null).ToList();
        var alerts = openAlerts.Where(a => a.Status != AlertStatuses.Resolved && Matches(a.StoreId, a.TeamId, storeId, teamId))
            .OrderByDescending(a => a.RaisedAt).ToList();

        var loadByAgent = open.Where(c => c.AgentId is not null).GroupBy(c => c.AgentId!)
            .ToDictionary(g => g.Key, g => (Load: g.Count(), LongestWait: g.Max(c => WaitSeconds(c, now))));

        var agentTiles = agents
            .Where(a => Matches(a.StoreId, a.TeamId, storeId, teamId) || loadByAgent.ContainsKey(a.AgentId))
            .Select(a => new AgentTile
            {
                AgentId = a.AgentId,
                Status = a.Status,
                TeamId = a.TeamId,
                StoreId = a.StoreId,
                Load = loadByAgent.TryGetValue(a.AgentId, out var l) ? l.Load : 0,
                LongestWaitSeconds = loadByAgent.TryGetValue(a.AgentId, out var w) ? Math.Round(w.LongestWait, 1) : 0,
                BreachesToday = a.BreachesToday,
                AlertsToday = a.AlertsToday,
            })
            .OrderBy(a => a.AgentId, StringComparer.Ordinal)
            .ToList();

        var risk = open
            .Where(c => c.RiskSeverity is not null || (c.WaitingSince is not null && WaitSeconds(c, now) >= 60))
            .Select(c => new RiskConversation
            {
                ConversationId = c.ConversationId,
                AgentId = c.AgentId,
                CustomerId = c.CustomerId,
                StoreId = c.StoreId,
                TeamId = c.TeamId,
                Reason = c.RiskReason ?? "waiting",
                Severity = c.RiskSeverity ?? Severities.Warning,
                WaitingSeconds = Math.Round(WaitSeconds(c, now), 1),
                LastActivityAt = c.LastActivityAt,
            })
            .OrderByDescending(r => Severities.Rank(r.Severity)).ThenByDescending(r => r.WaitingSeconds)
            .Take(MaxRiskConversations)
            .ToList();

        return new FloorSnapshot
        {
            StoreId = storeId,
            TeamId = teamId,
            At = now,
            Kpis = new FloorKpis
            {
                OpenConversations = open.Count,
                Waiting = waiting.Count,
                LongestWaitSeconds = waiting.Count == 0 ? 0 : Math.Round(waiting.Max(c => WaitSeconds(c, now)), 1),
                SlaAttainmentPercent = answered == 0 ? null : Math.Round(100.0 * met / answered, 1),
                OpenAlertsBySeverity = alerts.Where(a => a.Status == AlertStatuses.Open)
                    .GroupBy(a => a.Severity).ToDictionary(g => g.Key, g => g.Count()),
                CsatToday = rated.Count == 0 ? null : Math.Round(rated.Average(c => c.Csat!.Value), 2),
                MessagesToday = todays.Sum(c => c.Messages),
                ConversationsToday = todays.Count,
            },
            Agents = agentTiles,
            RiskConversations = risk,
            OpenAlerts = alerts.Take(MaxOpenAlerts).ToList(),
        };
    }

    public static bool Matches(string? itemStore, string? itemTeam, string? storeId, string? teamId) =>
        (storeId is null || itemStore == storeId) && (teamId is null || itemTeam == teamId);

    private static double WaitSeconds(ConversationSummary c, DateTimeOffset now) =>
        c.WaitingSince is { } since ? Math.Max(0, (now - since).TotalSeconds) : 0;
}
