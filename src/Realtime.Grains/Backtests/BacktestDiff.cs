using Realtime.Contracts.Backtests;
using Realtime.Contracts.Scoring;
using Realtime.Grains.Conversations;

namespace Realtime.Grains.Backtests;

/// <summary>Compares a conversation's published facts with its facts under a draft ruleset.</summary>
public static class BacktestDiff
{
    public static BacktestConversation Compare(ConversationFacts published, ConversationFacts draft)
    {
        var alertsBefore = published.Conditions.Where(c => c.RaisesAlert).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var alertsAfter = draft.Conditions.Where(c => c.RaisesAlert).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        return new BacktestConversation
        {
            ConversationId = published.ConversationId,
            AgentId = published.AgentId,
            PublishedScore = published.Scorecard.Total,
            DraftScore = draft.Scorecard.Total,
            Delta = Math.Round(draft.Scorecard.Total - published.Scorecard.Total, 1),
            DeductionsAppeared = Except(draft.Scorecard.Deductions, published.Scorecard.Deductions),
            DeductionsDisappeared = Except(published.Scorecard.Deductions, draft.Scorecard.Deductions),
            AlertsAppeared = [.. alertsAfter.Except(alertsBefore).Order(StringComparer.Ordinal)],
            AlertsDisappeared = [.. alertsBefore.Except(alertsAfter).Order(StringComparer.Ordinal)],
        };
    }

    private static List<Deduction> Except(IReadOnlyList<Deduction> these, IReadOnlyList<Deduction> those)
    {
        var keys = those.Select(Key).ToHashSet();
        return these.Where(d => !keys.Contains(Key(d))).ToList();
    }

    private static (string, string, string?, string?, double) Key(Deduction d) => (d.RuleId, d.Dimension, d.MessageId, d.Evidence, d.Points);
}
