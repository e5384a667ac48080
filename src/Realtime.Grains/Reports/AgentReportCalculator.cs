using Realtime.Contracts.Events;
using Realtime.Contracts.Reports;
using Realtime.Contracts.Scoring;
using Realtime.Grains.Agents;
using Realtime.Grains.Sales;

namespace Realtime.Grains.Reports;

/// <summary>
/// Builds the evaluation report from the agents' records and credited orders. <paramref name="visible"/> (agent id,
/// store id, team id) limits what the caller may see; the repeat-contact look-ahead and the stores' reference
/// conversion rates use everything loaded, so neither depends on who asks.
/// </summary>
public static class AgentReportCalculator
{
    public static AgentReport Calculate(
        ReportPeriod period,
        string? storeId,
        string? teamId,
        IReadOnlyList<AgentRecords> agents,
        Func<string, string, string?, bool> visible,
        bool rollups,
        ConversionContext? conversion = null)
    {
        var repeats = new RepeatContactIndex(agents.SelectMany(a => a.Records));
        bool Filtered(string store, string? team) => (storeId is null || store == storeId) && (teamId is null || team == teamId);
        var inScope = new List<(string AgentId, AgentConversationRecord Record)>();
        var creditsInScope = new List<SaleCredit>();
        foreach (var agent in agents)
        {
            foreach (var r in agent.Records)
            {
                if (period.Contains(r.Date) && Filtered(r.StoreId, r.TeamId) && visible(agent.AgentId, r.StoreId, r.TeamId))
                {
                    inScope.Add((agent.AgentId, r));
                }
            }

            creditsInScope.AddRange(agent.Credits.Where(c => Filtered(c.StoreId, c.TeamId) && visible(agent.AgentId, c.StoreId, c.TeamId)));
        }

        ConversionFigures? Conversion(IReadOnlyList<AgentConversationRecord> records, IEnumerable<SaleCredit> credits) =>
            conversion is null ? null
                : ConversionCalculator.Calculate(records, [.. credits], s => conversion.RulesOf(s).Inquiry, conversion.DayOf, period);

        var references = conversion is null ? [] : StoreReferences(period, agents, conversion, Conversion);
        var rows = inScope.GroupBy(x => x.AgentId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var records = g.Select(x => x.Record).ToList();
                var row = ReportRowCalculator.Calculate(
                    new ReportRow
                    {
                        Scope = ReportScopes.Agent,
                        AgentId = g.Key,
                        TeamId = MostCommon(records.Select(r => r.TeamId)),
                        StoreId = MostCommon(records.Select(r => r.StoreId)),
                    },
                    records,
                    repeats) with
                {
                    Conversion = Conversion(records, creditsInScope.Where(c => c.AgentId == g.Key)),
                };
                return MostCommon(records.Select(r => r.Role)) == AgentRoles.PreSales ? WithConversionDimension(row, references) : row;
            })
            .ToList();

        var report = new AgentReport { From = period.FromDate, To = period.ToDate, StoreId = storeId, TeamId = teamId, Agents = rows };
        if (!rollups)
        {
            return report;
        }

        var all = inScope.Select(x => x.Record).ToList();
        ReportRow Row(ReportRow identity, List<AgentConversationRecord> records, IEnumerable<SaleCredit> credits) =>
            ReportRowCalculator.Calculate(identity, records, repeats) with { Conversion = Conversion(records, credits) };

        return report with
        {
            Teams = all.GroupBy(r => (r.StoreId, r.TeamId))
                .OrderBy(g => g.Key.StoreId, StringComparer.Ordinal).ThenBy(g => g.Key.TeamId, StringComparer.Ordinal)
                .Select(g => Row(
                    new ReportRow { Scope = ReportScopes.Team, TeamId = g.Key.TeamId, StoreId = g.Key.StoreId },
                    g.ToList(),
                    creditsInScope.Where(c => c.StoreId == g.Key.StoreId && c.TeamId == g.Key.TeamId)))
                .ToList(),
            Stores = all.GroupBy(r => r.StoreId, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Row(new ReportRow { Scope = ReportScopes.Store, StoreId = g.Key }, g.ToList(), creditsInScope.Where(c => c.StoreId == g.Key)))
                .ToList(),
            Platforms = all.GroupBy(r => r.Platform ?? "other", StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Row(
                    new ReportRow { Scope = ReportScopes.Platform, Platform = g.Key, StoreId = storeId, TeamId = teamId },
                    g.ToList(),
                    creditsInScope.Where(c => (c.Platform ?? "other") == g.Key)))
                .ToList(),
            Total = Row(new ReportRow { Scope = ReportScopes.Total, StoreId = storeId, TeamId = teamId }, all, creditsInScope),
        };
    }

    /// <summary>
    /// The 询单转化率 a pre-sales agent is measured against, per store: the store's target when its rules set one,
    /// else the store's own rate over the period (every agent loaded, whoever asks).
    /// </summary>
    private static Dictionary<string, double> StoreReferences(
        ReportPeriod period,
        IReadOnlyList<AgentRecords> agents,
        ConversionContext conversion,
        Func<IReadOnlyList<AgentConversationRecord>, IEnumerable<SaleCredit>, ConversionFigures?> figures)
    {
        var references = new Dictionary<string, double>(StringComparer.Ordinal);
        var records = agents.SelectMany(a => a.Records).Where(r => period.Contains(r.Date)).ToList();
        var credits = agents.SelectMany(a => a.Credits).ToList();
        foreach (var store in records.Select(r => r.StoreId).Distinct(StringComparer.Ordinal))
        {
            var reference = conversion.RulesOf(store).TargetConversionPct
                ?? figures([.. records.Where(r => r.StoreId == store)], credits.Where(c => c.StoreId == store))?.InquiryConversionPct;
            if (reference is > 0)
            {
                references[store] = reference.Value;
            }
        }

        return references;
    }

    /// <summary>The period's conversion dimension of a pre-sales agent: 100 × its rate ÷ the store's reference, at most 100.</summary>
    private static ReportRow WithConversionDimension(ReportRow row, Dictionary<string, double> references)
    {
        if (row.Conversion?.InquiryConversionPct is not { } rate || row.StoreId is null || !references.TryGetValue(row.StoreId, out var reference))
        {
            return row;
        }

        var dimensions = new Dictionary<string, double>(row.DimensionAverages, StringComparer.Ordinal)
        {
            [Dimensions.Conversion] = Math.Round(Math.Min(100, 100 * rate / reference), 1),
        };
        return row with { DimensionAverages = dimensions };
    }

    private static string? MostCommon(IEnumerable<string?> values) =>
        values.GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
}
