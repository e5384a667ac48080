using Realtime.Contracts.Disputes;

namespace Realtime.Grains.Disputes;

/// <summary>
/// Disputes and manual scores of one conversation (same key and activation as <c>IConversationGrain</c>): every change
/// re-scores the conversation, updates the agent's record (so reports follow) and is kept in the audit trail.
/// </summary>
[Alias("conversation-review")]
public interface IConversationReviewGrain : IGrainWithStringKey
{
    /// <summary>Only the conversation's current agent; the deduction must be on the scorecard and not already disputed.</summary>
    [Alias("open-dispute")]
    Task<ReviewOutcome> OpenDisputeAsync(string agentId, OpenDisputeRequest request);

    [Alias("decide-dispute")]
    Task<ReviewOutcome> DecideDisputeAsync(string disputeId, bool accept, string decidedBy, string? note);

    [Alias("manual-score")]
    Task<ReviewOutcome> SetManualScoreAsync(string scoredBy, ManualScoreRequest request);
}
