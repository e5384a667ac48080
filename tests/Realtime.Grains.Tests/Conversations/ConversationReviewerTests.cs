using Realtime.Contracts.Conversations;
using Realtime.Contracts.Disputes;
using Realtime.Contracts.Scoring;
using Realtime.Grains.Conversations;
using Realtime.Grains.Disputes;
using static Realtime.Grains.Tests.Conversations.Events;

namespace Realtime.Grains.Tests.Conversations;

/// <summary>Disputes and manual scores on a conversation's state, with stand-in facts whose score follows accepted disputes.</summary>
public sealed class ConversationReviewerTests
{
    private static readonly DateTimeOffset Now = T0.AddHours(1);
    private readonly ConversationState _state = new();

    public ConversationReviewerTests()
    {
        var log = new EventLog(_state);
        log.Add(Stamp(log, Incoming("m1", 0)));
    }

    /// <summary>One 10-point deduction (rule r1 on m1), lifted once a dispute of it is accepted.</summary>
    private Task<ConversationFacts> Project()
    {
        var lifted = _state.Review.Disputes.Any(d => d.Status == DisputeStatuses.Accepted);
        return Task.FromResult(new ConversationFacts
        {
            ConversationId = "c",
            AgentId = "a",
            Scorecard = new Scorecard
            {
                Total = lifted ? 90 : 80,
                Weights = new Dictionary<string, double> { [Dimensions.Courtesy] = 0.5, [Dimensions.Compliance] = 0.5 },
                Deductions = [new Deduction { RuleId = "r1", MessageId = "m1", Dimension = Dimensions.Courtesy, Points = 10 }],
            },
        });
    }

    private Task<ReviewOutcome> Open(string agent = "a", string? rule = "r1", string? reason = "it was polite") =>
        ConversationReviewer.OpenDisputeAsync(_state, Project, Now, agent, new OpenDisputeRequest(rule, "m1", reason));

    [Fact]
    public async Task A_dispute_is_opened_by_the_conversations_agent_once_and_audited()
    {
        var opened = await Open();
        var again = await Open();

        Assert.Equal(ReviewError.None, opened.Error);
        Assert.Equal(("d-1", DisputeStatuses.Open), (opened.Dispute!.DisputeId, opened.Dispute.Status));
        Assert.Equal(ReviewError.Conflict, again.Error);
        var audit = Assert.Single(_state.Review.Audit);
        Assert.Equal(("dispute.opened", 80.0, Now), (audit.Action, audit.ScoreBefore, audit.At));
    }

    [Fact]
    public async Task A_dispute_is_refused_for_another_agent_an_unknown_deduction_a_missing_reason_or_an_empty_conversation()
    {
        Assert.Equal(ReviewError.Forbidden, (await Open(agent: "b")).Error);
        Assert.Equal(ReviewError.NotFound, (await Open(rule: "r2")).Error);
        Assert.Equal(ReviewError.Invalid, (await Open(reason: " ")).Error);
        Assert.Equal(ReviewError.Invalid, (await Open(reason: new string('x', ConversationReviewer.MaxReasonLength + 1))).Error);
        var empty = await ConversationReviewer.OpenDisputeAsync(new ConversationState(), Project, Now, "a", new OpenDisputeRequest("r1", "m1", "why"));
        Assert.Equal(ReviewError.NotFound, empty.Error);
        Assert.Empty(_state.Review.Disputes);
    }

    [Fact]
    public async Task Deciding_a_dispute_records_the_score_before_and_after_and_only_once()
    {
        await Open();

        var accepted = await ConversationReviewer.DecideDisputeAsync(_state, Project, Now, "d-1", accept: true, "qa", "fair");
        var twice = await ConversationReviewer.DecideDisputeAsync(_state, Project, Now, "d-1", accept: false, "qa", null);

        Assert.Equal((DisputeStatuses.Accepted, 80.0, 90.0), (accepted.Dispute!.Status, accepted.Dispute.ScoreBefore, accepted.Dispute.ScoreAfter));
        Assert.Equal(ReviewError.Conflict, twice.Error);
        Assert.Equal(["dispute.opened", "dispute.accepted"], _state.Review.Audit.Select(a => a.Action));
        Assert.Equal(ReviewError.NotFound, (await ConversationReviewer.DecideDisputeAsync(_state, Project, Now, "d-9", true, "qa", null)).Error);
    }

    [Fact]
    public async Task A_manual_score_weighs_the_dimensions_by_the_scorecards_weights()
    {
        var scored = await ConversationReviewer.SetManualScoreAsync(_state, Project, Now, "qa",
            new ManualScoreRequest(new Dictionary<string, double> { [Dimensions.Courtesy] = 60, [Dimensions.Compliance] = 100 }, "checked"));
        var partial = await ConversationReviewer.SetManualScoreAsync(_state, Project, Now, "qa",
            new ManualScoreRequest(new Dictionary<string, double> { [Dimensions.Courtesy] = 60 }, null));
        var invalid = await ConversationReviewer.SetManualScoreAsync(_state, Project, Now, "qa",
            new ManualScoreRequest(new Dictionary<string, double> { ["charm"] = 60 }, null));

        Assert.Equal(80.0, scored.Manual!.Total);
        Assert.Null(partial.Manual!.Total);
        Assert.Equal(ReviewError.Invalid, invalid.Error);
        Assert.Equal("manual total 80; checked", _state.Review.Audit[0].Note);
        Assert.Same(partial.Manual, _state.Review.Manual);
    }
}
