using Realtime.Contracts.Backtests;
using Realtime.Contracts.Rulesets;
using Realtime.Grains.Agents;
using Realtime.Grains.Reports;

namespace Realtime.Grains.Backtests;

/// <summary>
/// Runs a draft ruleset over a store's conversations of a period. The conversations are found through the agents'
/// records (never by scanning transcripts); each conversation grain re-scores its own stored text.
/// </summary>
public static class BacktestRunner
{
    private const int Parallelism = 32;

    public static async Task<BacktestResult> RunAsync(IGrainFactory grains, AgentFeed feed, string storeId, ReportPeriod period, Ruleset draft, int publishedVersion)
    {
        var agents = await ReportLoader.LoadAsync(grains, feed, period, storeId, lookAheadDays: 0);
        var conversations = agents.SelectMany(a => a.Records)
            .Where(r => r.StoreId == storeId && period.Contains(r.Date))
            .Select(r => r.ConversationId)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        var draftId = Guid.NewGuid().ToString("N");
        var results = new List<BacktestConversation>(conversations.Count);
        foreach (var chunk in conversations.Chunk(Parallelism))
        {
            var answers = await Task.WhenAll(chunk.Select(id => grains.GetGrain<IConversationBacktestGrain>(id).BacktestAsync(draftId, draft)));
            results.AddRange(answers.OfType<BacktestConversation>());
        }

        var changed = results.Where(r => r.IsChange).ToList();
        return new BacktestResult
        {
            StoreId = storeId,
            From = period.FromDate,
            To = period.ToDate,
            PublishedVersion = publishedVersion,
            Conversations = results.Count,
            Changed = changed.Count,
            AverageScorePublished = results.Count == 0 ? null : Math.Round(results.Average(r => r.PublishedScore), 1),
            AverageScoreDraft = results.Count == 0 ? null : Math.Round(results.Average(r => r.DraftScore), 1),
            Agents = results.Where(r => r.AgentId is not null)
                .GroupBy(r => r.AgentId!, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new BacktestAgent
                {
                    AgentId = g.Key,
                    Conversations = g.Count(),
                    Changed = g.Count(r => r.IsChange),
                    AverageScorePublished = Math.Round(g.Average(r => r.PublishedScore), 1),
                    AverageScoreDraft = Math.Round(g.Average(r => r.DraftScore), 1),
                    Delta = Math.Round(g.Average(r => r.DraftScore) - g.Average(r => r.PublishedScore), 1),
                })
                .ToList(),
            ConversationChanges = changed.OrderByDescending(r => Math.Abs(r.Delta)).ThenBy(r => r.ConversationId, StringComparer.Ordinal)
                .Take(BacktestResult.MaxListed)
                .ToList(),
        };
    }
}
