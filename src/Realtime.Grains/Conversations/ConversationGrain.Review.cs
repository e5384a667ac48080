using Realtime.Contracts.Texts;
using Realtime.Contracts.Disputes;
using Realtime.Contracts.Scoring;
using Realtime.Grains.Disputes;

namespace Realtime.Grains.Conversations;

/// <summary>QA review of the conversation: disputes and manual scores, each re-scoring and kept in the audit trail.</summary>
public sealed partial class ConversationGrain : IConversationReviewGrain
{
    private const int MaxReasonLength = 2000;

    async Task<ReviewOutcome> IConversationReviewGrain.OpenDisputeAsync(string agentId, OpenDisputeRequest request)
    {
        if (state.State.Events.Count == 0)
        {
            return ReviewOutcome.Failed(ReviewError.NotFound, Text.Of("problem.review.noConversation"));
        }

        if (string.IsNullOrWhiteSpace(request.RuleId) || string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > MaxReasonLength)
        {
            return ReviewOutcome.Failed(ReviewError.Invalid, Text.Of("problem.review.disputeRequired", ("max", MaxReasonLength)));
        }

        var facts = await ProjectAsync();
        if (facts.AgentId != agentId)
        {
            return ReviewOutcome.Failed(ReviewError.Forbidden, Text.Of("problem.review.onlyOwnAgent"));
        }

        if (!facts.Scorecard.Deductions.Any(d => d.RuleId == request.RuleId && d.MessageId == request.MessageId))
        {
            return ReviewOutcome.Failed(ReviewError.NotFound, Text.Of("problem.review.noDeduction", ("ruleId", request.RuleId), ("messageId", request.MessageId ?? "-")));
        }

        var review = state.State.Review;
        if (review.Disputes.Any(d => d.RuleId == request.RuleId && d.MessageId == request.MessageId && d.Status != DisputeStatuses.Rejected))
        {
            return ReviewOutcome.Failed(ReviewError.Conflict, Text.Of("problem.review.alreadyDisputed"));
        }

        var now = time.GetUtcNow();
        var dispute = new Dispute
        {
            DisputeId = $"d-{review.Disputes.Count + 1}",
            RuleId = request.RuleId,
            MessageId = request.MessageId,
            Reason = request.Reason,
            AgentId = agentId,
            OpenedAt = now,
        };
        review.Disputes.Add(dispute);
        review.Audit.Add(Audit(now, agentId, "dispute.opened", dispute, facts.Scorecard.Total, facts.Scorecard.Total, request.Reason));
        await SettleAsync(live: state.State.Events.Any(e => !e.Historical));
        return new ReviewOutcome { Dispute = dispute };
    }

    async Task<ReviewOutcome> IConversationReviewGrain.DecideDisputeAsync(string disputeId, bool accept, string decidedBy, string? note)
    {
        var review = state.State.Review;
        var index = review.Disputes.FindIndex(d => d.DisputeId == disputeId);
        if (index < 0)
        {
            return ReviewOutcome.Failed(ReviewError.NotFound, Text.Of("problem.review.noDispute", ("disputeId", disputeId)));
        }

        if (review.Disputes[index].Status != DisputeStatuses.Open)
        {
            return ReviewOutcome.Failed(ReviewError.Conflict, Text.Of("problem.review.alreadyDecided", ("disputeId", disputeId), ("status", review.Disputes[index].Status)));
        }

        var before = (await ProjectAsync()).Scorecard.Total;
        var now = time.GetUtcNow();
        review.Disputes[index] = review.Disputes[index] with
        {
            Status = accept ? DisputeStatuses.Accepted : DisputeStatuses.Rejected,
            DecidedBy = decidedBy,
            DecidedAt = now,
            Note = note,
        };
        var after = (await ProjectAsync()).Scorecard.Total;
        var decided = review.Disputes[index] = review.Disputes[index] with { ScoreBefore = before, ScoreAfter = after };
        review.Audit.Add(Audit(now, decidedBy, accept ? "dispute.accepted" : "dispute.rejected", decided, before, after, note));
        await SettleAsync(live: state.State.Events.Any(e => !e.Historical));
        return new ReviewOutcome { Dispute = decided };
    }

    async Task<ReviewOutcome> IConversationReviewGrain.SetManualScoreAsync(string scoredBy, ManualScoreRequest request)
    {
        if (state.State.Events.Count == 0)
        {
            return ReviewOutcome.Failed(ReviewError.NotFound, Text.Of("problem.review.noConversation"));
        }

        var dimensions = request.Dimensions;
        if (dimensions is null || dimensions.Count == 0
            || dimensions.Any(d => !Dimensions.All.Contains(d.Key) || d.Value is < 0 or > 100 || double.IsNaN(d.Value)))
        {
            return ReviewOutcome.Failed(ReviewError.Invalid, Text.Of("problem.review.dimensions", ("dimensions", string.Join(", ", Dimensions.All))));
        }

        var scorecard = (await ProjectAsync()).Scorecard;
        var weighted = scorecard.Weights.Where(w => w.Value > 0).ToList();
        var total = weighted.All(w => dimensions.ContainsKey(w.Key))
            ? Math.Round(weighted.Sum(w => w.Value * dimensions[w.Key]), 1)
            : (double?)null;
        var now = time.GetUtcNow();
        var manual = new ManualScore
        {
            Dimensions = new Dictionary<string, double>(dimensions, StringComparer.Ordinal),
            Total = total,
            ScoredBy = scoredBy,
            ScoredAt = now,
            Note = request.Note,
        };
        state.State.Review.Manual = manual;
        state.State.Review.Audit.Add(new ScoreAuditEntry
        {
            At = now,
            By = scoredBy,
            Action = "manual.scored",
            ScoreBefore = scorecard.Total,
            ScoreAfter = scorecard.Total,
            Note = total is null ? request.Note : $"manual total {total:0.#}; {request.Note}",
        });
        await SettleAsync(live: state.State.Events.Any(e => !e.Historical));
        return new ReviewOutcome { Manual = manual };
    }

    private static ScoreAuditEntry Audit(DateTimeOffset at, string by, string action, Dispute dispute, double before, double after, string? note) => new()
    {
        At = at,
        By = by,
        Action = action,
        DisputeId = dispute.DisputeId,
        RuleId = dispute.RuleId,
        MessageId = dispute.MessageId,
        ScoreBefore = before,
        ScoreAfter = after,
        Note = note,
    };
}
