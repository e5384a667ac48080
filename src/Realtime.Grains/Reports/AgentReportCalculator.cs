using Realtime.Contracts.Reports;
using Realtime.Grains.Agents;

namespace Realtime.Grains.Reports;

/// <summary>
/// Builds the evaluation report from the agents' records. <paramref name="visible"/> limits which (agent, record) pairs the caller
/// may see; the repeat-contact look-ahead uses every loaded record, so first-contact resolution does not depend on who asks.
/// </summary>
public static class AgentReportCalculator
{
    public static AgentReport Calculate(
        ReportPeriod period,
        string? storeId,
        string? teamId,
        IReadOnlyList<AgentRecords> agents,
        Func<string, AgentConversationRecord, bool> visible,
        bool rollups)
    {
        var repeats = new RepeatContactIndex(agents.SelectMany(a => a.Records));
        var inScope = new List<(string AgentId, AgentConversationRecord Record)>();
        foreach (var agent in agents)
        {
            foreach (var r in agent.Records)
            {
                if (period.Contains(r.Date) && (storeId is null || r.StoreId == storeId) && (teamId is null || r.TeamId == teamId) && visible(agent.AgentId, r))
                {
                    inScope.Add((agent.AgentId, r));
                }
            }
        }

        var rows = inScope.GroupBy(x => x.AgentId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => ReportRowCalculator.Calculate(
                new ReportRow
                {
                    Scope = ReportScopes.Agent,
                    AgentId = g.Key,
                    TeamId = MostCommon(g.Select(x => x.Record.TeamId)),
                    StoreId = MostCommon(g.Select(x => x.Record.StoreId)),
                },
                g.Select(x => x.Record).ToList(),
                repeats))
            .ToList();

        var report = new AgentReport { From = period.FromDate, To = period.ToDate, StoreId = storeId, TeamId = teamId, Agents = rows };
        if (!rollups)
        {
            return report;
        }

        var records = inScope.Select(x => x.Record).ToList();
        return report with
        {
            Teams = records.GroupBy(r => (r.StoreId, r.TeamId))
                .OrderBy(g => g.Key.StoreId, StringComparer.Ordinal).ThenBy(g => g.Key.TeamId, StringComparer.Ordinal)
                .Select(g => ReportRowCalculator.Calculate(
                    new ReportRow { Scope = ReportScopes.Team, TeamId = g.Key.TeamId, StoreId = g.Key.StoreId }, g.ToList(), repeats))
                .ToList(),
            Stores = records.GroupBy(r => r.StoreId, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => ReportRowCalculator.Calculate(new ReportRow { Scope = ReportScopes.Store, StoreId = g.Key }, g.ToList(), repeats))
                .ToList(),
            Total = ReportRowCalculator.Calculate(new ReportRow { Scope = ReportScopes.Total, StoreId = storeId, TeamId = teamId }, records, repeats),
        };
    }

    private static string? MostCommon(IEnumerable<string?> values) =>
        values.GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
}
