using Microsoft.Extensions.DependencyInjection;
using Realtime.Contracts.Backtests;
using Realtime.Contracts.Events;
using Realtime.Contracts.Rulesets;
using Realtime.Grains.Backtests;

namespace Realtime.Grains.Conversations;

/// <summary>Backtest: the stored raw text re-scored with a draft ruleset, compared with the published outcome. Read-only.</summary>
public sealed partial class ConversationGrain : IConversationBacktestGrain
{
    async Task<BacktestConversation?> IConversationBacktestGrain.BacktestAsync(string draftId, Ruleset draft)
    {
        if (state.State.Events.Count == 0)
        {
            return null;
        }

        var compiled = ServiceProvider.GetRequiredService<DraftRulesetCache>().Get(draftId, draft);
        var published = await ProjectAsync();
        var rescored = state.State.Events
            .Select(e => e.Type == EventTypes.Message
                ? e with { Analysis = scorer.Score(e.Text ?? string.Empty, e.Sender ?? Senders.Customer, compiled), RulesetVersion = draft.Version }
                : e)
            .ToList();
        var drafted = ConversationProjector.Project(ConversationId, rescored, draft, time.GetUtcNow(), state.State.Review);
        return BacktestDiff.Compare(published, drafted);
    }
}
