using Realtime.Contracts.Backtests;
using Realtime.Contracts.Rulesets;
using Realtime.Grains.Backtests;

namespace Realtime.Grains.Conversations;

/// <summary>The backtest role: the stored raw text re-scored with a draft ruleset (<see cref="ConversationDerivation.BacktestAsync"/>). Read-only.</summary>
public sealed partial class ConversationGrain : IConversationBacktestGrain
{
    async Task<BacktestConversation?> IConversationBacktestGrain.BacktestAsync(string draftId, Ruleset draft) =>
        state.State.Events.Count == 0 ? null : await derivation.BacktestAsync(ConversationId, state.State, draftId, draft);
}
