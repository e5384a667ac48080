using Realtime.Contracts.Backtests;
using Realtime.Contracts.Events;
using Realtime.Contracts.Rulesets;
using Realtime.Grains.Backtests;
using Realtime.Grains.Ingest;
using Realtime.Grains.Rulesets;
using Realtime.Scoring;
using Realtime.Scoring.Rulesets;

namespace Realtime.Grains.Conversations;

/// <summary>
/// What a conversation's findings are made from, shared by the silo's conversations: the store's ruleset, message
/// scoring, the clock, and the facts projected from the stored events (<see cref="ConversationProjector"/>).
/// </summary>
public sealed class ConversationDerivation(IMessageScorer scorer, RulesetProvider rulesets, TimeProvider time, DraftRulesetCache drafts)
{
    public DateTimeOffset Now => time.GetUtcNow();

    public ValueTask<CompiledRuleset> RulesetAsync(string storeId) => rulesets.GetAsync(storeId);

    /// <summary>The stored form of an event, its message scored; throws when the scoring library cannot take it.</summary>
    public StoredEvent Store(EventLog log, IncomingEvent e, CompiledRuleset compiled) =>
        log.Stamp(e, m => m.Type == EventTypes.Message ? scorer.Score(m.Text ?? string.Empty, m.Sender ?? Senders.Customer, compiled) : null, compiled.Source.Version);

    /// <summary>The facts of the stored events under the store's published ruleset.</summary>
    public async Task<ConversationFacts> ProjectAsync(string conversationId, ConversationState state)
    {
        var storeId = state.Events[0].StoreId ?? Vocabulary.DefaultStoreId;
        var ruleset = (await rulesets.GetAsync(storeId)).Source;
        return ConversationProjector.Project(conversationId, state.Events, ruleset, time.GetUtcNow(), state.Review);
    }

    /// <summary>The stored raw text re-scored with a draft ruleset, compared with the published outcome. Changes nothing.</summary>
    public async Task<BacktestConversation> BacktestAsync(string conversationId, ConversationState state, string draftId, Ruleset draft)
    {
        var compiled = drafts.Get(draftId, draft);
        var published = await ProjectAsync(conversationId, state);
        var rescored = state.Events
            .Select(e => e.Type == EventTypes.Message
                ? e with { Analysis = scorer.Score(e.Text ?? string.Empty, e.Sender ?? Senders.Customer, compiled), RulesetVersion = draft.Version }
                : e)
            .ToList();
        var drafted = ConversationProjector.Project(conversationId, rescored, draft, time.GetUtcNow(), state.Review);
        return BacktestDiff.Compare(published, drafted);
    }
}
