using Realtime.Contracts.Alerts;
using Realtime.Contracts.Floor;

namespace Realtime.Grains.Floor;

/// <summary>
/// Computes a wallboard snapshot for one store/team filter from the floor's current knowledge: one pass over the
/// conversations and one over the alerts, keeping only the top lists it shows (it runs every second over everything
/// open; sorting 50,000 waiting conversations and 100,000 alerts each time was most of an idle floor's CPU).
/// </summary>
public static class FloorCalculator
{
    private const int MaxRiskConversations = 50;
    private const int MaxOpenAlerts = 100;
    private const double WaitRiskSeconds = 60;

    /// <summary>Most severe first, then longest wait, then conversation id.</summary>
    private static readonly IComparer<(ConversationSummary Conversation, double Wait)> RiskOrder =
        Comparer<(ConversationSummary Conversation, double Wait)>.Create((a, b) =>
        {
            var bySeverity = Severities.Rank(Severity(b.Conversation)).CompareTo(Severities.Rank(Severity(a.Conversation)));
            if (bySeverity != 0)
            {
                return bySeverity;
            }

            var byWait = Math.Round(b.Wait, 1).CompareTo(Math.Round(a.Wait, 1));
            return byWait != 0 ? byWait : string.CompareOrdinal(a.Conversation.ConversationId, b.Conversation.ConversationId);
        });

    /// <summary>Newest first, then the higher alert id.</summary>
    private static readonly IComparer<Alert> AlertOrder = Comparer<Alert>.Create((a, b) =>
    {
        var byTime = b.RaisedAt.CompareTo(a.RaisedAt);
        return byTime != 0 ? byTime : string.CompareOrdinal(b.AlertId, a.AlertId);
    });

    public static FloorSnapshot Snapshot(
        IEnumerable<ConversationSummary> conversations,
        IEnumerable<AgentSummary> agents,
        IEnumerable<Alert> openAlerts,
        string? storeId,
        string? teamId,
        DateTimeOffset now)
    {
        var today = now.UtcDateTime.Date;
        int open = 0, waiting = 0, answered = 0, met = 0, rated = 0, csatSum = 0, messages = 0, conversationsToday = 0;
        var longestWait = 0.0;
        var loadByAgent = new Dictionary<string, (int Load, double LongestWait)>(StringComparer.Ordinal);
        var risk = new TopK<(ConversationSummary Conversation, double Wait)>(MaxRiskConversations, RiskOrder);
        foreach (var c in conversations)
        {
            if (!Matches(c.StoreId, c.TeamId, storeId, teamId))
            {
                continue;
            }

            if (c.Open || c.StartedAt.UtcDateTime.Date == today)
            {
                conversationsToday++;
                answered += c.WaitsAnswered;
                met += c.WaitsMet;
                messages += c.Messages;
                if (c.Csat is { } csat)
                {
                    rated++;
                    csatSum += csat;
                }
            }

            if (!c.Open)
            {
                continue;
            }

            open++;
            var wait = WaitSeconds(c, now);
            if (c.WaitingSince is not null)
            {
                waiting++;
                longestWait = Math.Max(longestWait, wait);
            }

            if (c.AgentId is { } agentId)
            {
                var (load, longest) = loadByAgent.GetValueOrDefault(agentId);
                loadByAgent[agentId] = (load + 1, Math.Max(longest, wait));
            }

            if (c.RiskSeverity is not null || (c.WaitingSince is not null && wait >= WaitRiskSeconds))
            {
                risk.Offer((c, wait));
            }
        }

        var openBySeverity = new Dictionary<string, int>(StringComparer.Ordinal);
        var openIncidents = new Dictionary<string, string>(StringComparer.Ordinal);
        var newestAlerts = new TopK<Alert>(MaxOpenAlerts, AlertOrder);
        foreach (var a in openAlerts)
        {
            if (a.Status == AlertStatuses.Resolved || !Matches(a.StoreId, a.TeamId, storeId, teamId))
            {
                continue;
            }

            if (a.Status == AlertStatuses.Open)
            {
                openBySeverity[a.Severity] = openBySeverity.GetValueOrDefault(a.Severity) + 1;
                var incident = a.IncidentId ?? a.AlertId;
                if (!openIncidents.TryGetValue(incident, out var worst) || Severities.Rank(a.Severity) > Severities.Rank(worst))
                {
                    openIncidents[incident] = a.Severity;
                }
            }

            newestAlerts.Offer(a);
        }

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

        return new FloorSnapshot
        {
            StoreId = storeId,
            TeamId = teamId,
            At = now,
            Kpis = new FloorKpis
            {
                OpenConversations = open,
                Waiting = waiting,
                LongestWaitSeconds = Math.Round(longestWait, 1),
                SlaAttainmentPercent = answered == 0 ? null : Math.Round(100.0 * met / answered, 1),
                OpenAlertsBySeverity = openBySeverity,
                OpenIncidentsBySeverity = openIncidents.Values.GroupBy(v => v, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
                CsatToday = rated == 0 ? null : Math.Round((double)csatSum / rated, 2),
                MessagesToday = messages,
                ConversationsToday = conversationsToday,
            },
            Agents = agentTiles,
            RiskConversations = [.. risk.ToList().Select(r => new RiskConversation
            {
                ConversationId = r.Conversation.ConversationId,
                AgentId = r.Conversation.AgentId,
                CustomerId = r.Conversation.CustomerId,
                StoreId = r.Conversation.StoreId,
                TeamId = r.Conversation.TeamId,
                Reason = r.Conversation.RiskReason ?? "waiting",
                Severity = Severity(r.Conversation),
                WaitingSeconds = Math.Round(r.Wait, 1),
                LastActivityAt = r.Conversation.LastActivityAt,
            })],
            OpenAlerts = newestAlerts.ToList(),
        };
    }

    public static bool Matches(string? itemStore, string? itemTeam, string? storeId, string? teamId) =>
        (storeId is null || itemStore == storeId) && (teamId is null || itemTeam == teamId);

    private static double WaitSeconds(ConversationSummary c, DateTimeOffset now) =>
        c.WaitingSince is { } since ? Math.Max(0, (now - since).TotalSeconds) : 0;

    private static string Severity(ConversationSummary c) => c.RiskSeverity ?? Severities.Warning;
}
