using Realtime.Contracts.Disputes;
using Realtime.Grains.Disputes;

namespace Realtime.Grains.Conversations;

/// <summary>The QA review role (<see cref="ConversationReviewer"/>): every change re-scores and is settled like a batch.</summary>
public sealed partial class ConversationGrain : IConversationReviewGrain
{
    async Task<ReviewOutcome> IConversationReviewGrain.OpenDisputeAsync(string agentId, OpenDisputeRequest request) =>
        await SettledAsync(await ConversationReviewer.OpenDisputeAsync(state.State, ProjectAsync, derivation.Now, agentId, request));

    async Task<ReviewOutcome> IConversationReviewGrain.DecideDisputeAsync(string disputeId, bool accept, string decidedBy, string? note) =>
        await SettledAsync(await ConversationReviewer.DecideDisputeAsync(state.State, ProjectAsync, derivation.Now, disputeId, accept, decidedBy, note));

    async Task<ReviewOutcome> IConversationReviewGrain.SetManualScoreAsync(string scoredBy, ManualScoreRequest request) =>
        await SettledAsync(await ConversationReviewer.SetManualScoreAsync(state.State, ProjectAsync, derivation.Now, scoredBy, request));

    private async Task<ReviewOutcome> SettledAsync(ReviewOutcome outcome)
    {
        if (outcome.Error == ReviewError.None)
        {
            await SettleAsync(live: state.State.Events.Any(e => !e.Historical), await ProjectAsync());
        }

        return outcome;
    }
}
