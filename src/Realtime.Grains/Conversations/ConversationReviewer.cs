using Realtime.Contracts.Disputes;
using Realtime.Contracts.Scoring;
using Realtime.Contracts.Texts;
using Realtime.Grains.Disputes;

namespace Realtime.Grains.Conversations;

/// <summary>
/// QA review of one conversation's state: disputes opened and decided, manual scores, each kept in the audit trail.
/// A successful outcome (<see cref="ReviewError.None"/>) changed the state, which the caller then settles; the
/// scores come from <c>project</c>, the facts of the state as it stands.
/// </summary>
public static class ConversationReviewer
{
    public const int MaxReasonLength = 2000;

    public static async Task<ReviewOutcome> OpenDisputeAsync(ConversationState state, Func<Task<ConversationFacts>> project, DateTimeOffset now, string agentId, OpenDisputeRequest request)
    {
        if (state.Events.Count == 0)
        {
            return ReviewOutcome.Failed(ReviewError.NotFound, Text.Of("problem.review.noConversation"));
        }

        if (string.IsNullOrWhiteSpace(request.RuleId) || string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > MaxReasonLength)
        {
            return ReviewOutcome.Failed(ReviewError.Invalid, Text.Of("problem.review.disputeRequired", ("max", MaxReasonLength)));
        }

        var facts = await project();
        if (facts.AgentId != agentId)
        {
            return ReviewOutcome.Failed(ReviewError.Forbidden, Text.Of("problem.review.onlyOwnAgent"));
        }

        if (!facts.Scorecard.Deductions.Any(d => d.RuleId == request.RuleId && d.MessageId == request.MessageId))
        {
            return ReviewOutcome.Failed(ReviewError.NotFound, Text.Of("problem.review.noDeduction", ("ruleId", request.RuleId), ("messageId", request.MessageId ?? "-")));
        }

        var review = state.Review;
        if (review.Disputes.Any(d => d.RuleId == request.RuleId && d.MessageId == request.MessageId && d.Status != DisputeStatuses.Rejected))
        {
            return ReviewOutcome.Failed(ReviewError.Conflict, Text.Of("problem.review.alreadyDisputed"));
        }

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
        return new ReviewOutcome { Dispute = dispute };
    }

    public static async Task<ReviewOutcome> DecideDisputeAsync(ConversationState state, Func<Task<ConversationFacts>> project, DateTimeOffset now, string disputeId, bool accept, string decidedBy, string? note)
    {
        var review = state.Review;
        var index = review.Disputes.FindIndex(d => d.DisputeId == disputeId);
        if (index < 0)
        {
            return ReviewOutcome.Failed(ReviewError.NotFound, Text.Of("problem.review.noDispute", ("disputeId", disputeId)));
        }

        if (review.Disputes[index].Status != DisputeStatuses.Open)
        {
            return ReviewOutcome.Failed(ReviewError.Conflict, Text.Of("problem.review.alreadyDecided", ("disputeId", disputeId), ("status", review.Disputes[index].Status)));
        }

        var before = (await project()).Scorecard.Total;
        review.Disputes[index] = review.Disputes[index] with
        {
            Status = accept ? DisputeStatuses.Accepted : DisputeStatuses.Rejected,
            DecidedBy = decidedBy,
            DecidedAt = now,
            Note = note,
        };
        var after = (await project()).Scorecard.Total;
        var decided = review.Disputes[index] = review.Disputes[index] with { ScoreBefore = before, ScoreAfter = after };
        review.Audit.Add(Audit(now, decidedBy, accept ? "dispute.accepted" : "dispute.rejected", decided, before, after, note));
        return new ReviewOutcome { Dispute = decided };
    }

    public static async Task<ReviewOutcome> SetManualScoreAsync(ConversationState state, Func<Task<ConversationFacts>> project, DateTimeOffset now, string scoredBy, ManualScoreRequest request)
    {
        if (state.Events.Count == 0)
        {
            return ReviewOutcome.Failed(ReviewError.NotFound, Text.Of("problem.review.noConversation"));
        }

        var dimensions = request.Dimensions;
        if (dimensions is null || dimensions.Count == 0
            || dimensions.Any(d => !Dimensions.All.Contains(d.Key) || d.Value is < 0 or > 100 || double.IsNaN(d.Value)))
        {
            return ReviewOutcome.Failed(ReviewError.Invalid, Text.Of("problem.review.dimensions", ("dimensions", string.Join(", ", Dimensions.All))));
        }

        var scorecard = (await project()).Scorecard;
        var weighted = scorecard.Weights.Where(w => w.Value > 0).ToList();
        var total = weighted.All(w => dimensions.ContainsKey(w.Key))
            ? Math.Round(weighted.Sum(w => w.Value * dimensions[w.Key]), 1)
            : (double?)null;
        var manual = new ManualScore
        {
            Dimensions = new Dictionary<string, double>(dimensions, StringComparer.Ordinal),
            Total = total,
            ScoredBy = scoredBy,
            ScoredAt = now,
            Note = request.Note,
        };
        state.Review.Manual = manual;
        state.Review.Audit.Add(new ScoreAuditEntry
        {
            At = now,
            By = scoredBy,
            Action = "manual.scored",
            ScoreBefore = scorecard.Total,
            ScoreAfter = scorecard.Total,
            Note = total is null ? request.Note : $"manual total {total:0.#}; {request.Note}",
        });
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
