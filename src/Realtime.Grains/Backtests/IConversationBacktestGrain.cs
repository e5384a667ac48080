using Realtime.Contracts.Backtests;
using Realtime.Contracts.Rulesets;

namespace Realtime.Grains.Backtests;

/// <summary>Re-scores one stored conversation with a draft ruleset (same key and activation as <c>IConversationGrain</c>). Changes nothing.</summary>
[Alias("conversation-backtest")]
public interface IConversationBacktestGrain : IGrainWithStringKey
{
    /// <summary>Null when the conversation has no events. <paramref name="draftId"/> identifies the draft for caching its compilation.</summary>
    [Alias("backtest")]
    Task<BacktestConversation?> BacktestAsync(string draftId, Ruleset draft);
}
