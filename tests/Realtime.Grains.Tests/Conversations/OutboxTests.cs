using Realtime.Contracts.Conversations;
using Realtime.Contracts.Texts;
using Realtime.Grains.Agents;
using Realtime.Grains.Conversations;
using Realtime.Grains.Incidents;

namespace Realtime.Grains.Tests.Conversations;

/// <summary>What a conversation's outbox sends, and to whom, decided on plain objects.</summary>
public sealed class OutboxTests
{
    private static readonly DateTimeOffset T0 = Events.T0;

    private static AlertCondition Condition(string key, bool raisesAlert = true, string? agent = null) =>
        new(key, "sla", "warning", $"rule.{key}", Text.Of("alert.sla.warning.firstResponse"), "evidence", agent, T0, Hint: null) { RaisesAlert = raisesAlert };

    private static ConversationFacts Facts(string? agent = "a", bool closed = false, IReadOnlyList<string>? history = null, params AlertCondition[] conditions) => new()
    {
        ConversationId = "c",
        StoreId = "s",
        TeamId = "t",
        CustomerId = "u",
        AgentId = agent,
        AgentHistory = history ?? (agent is null ? [] : [agent]),
        StartedAt = T0,
        ClosedAt = closed ? T0.AddMinutes(5) : null,
        Scorecard = new Scorecard(),
        Conditions = conditions,
    };

    [Fact]
    public void Only_conditions_not_raised_before_are_fresh_in_the_facts_order()
    {
        var state = new ConversationState();
        state.RaisedConditions["old"] = "alert-1";

        var fresh = AlertOutbox.Fresh(state, Facts(conditions: [Condition("b"), Condition("old"), Condition("a")]));

        Assert.Equal(["b", "a"], fresh!.Select(c => c.Key));
        Assert.Null(AlertOutbox.Fresh(state, Facts(conditions: [Condition("old")])));
    }

    [Fact]
    public void Drafts_carry_the_conversation_scoped_key_and_skip_hint_only_conditions()
    {
        var drafts = AlertOutbox.Drafts("c", Facts(), [Condition("x"), Condition("hintOnly", raisesAlert: false), Condition("y", agent: "b")]);

        Assert.Equal(["c:x", "c:y"], drafts.Select(d => d.ConditionKey));
        Assert.Equal(["a", "b"], drafts.Select(d => d.AgentId));
        Assert.All(drafts, d => Assert.Equal(("c", "u", "t"), (d.ConversationId, d.CustomerId, d.TeamId)));
        Assert.Equal(Text.Of("alert.sla.warning.firstResponse").Render(TextCatalog.English), drafts[0].Message);
    }

    [Fact]
    public void Hints_retire_when_resolved_or_gone_and_all_of_them_once_closed()
    {
        var open = new Dictionary<string, string> { ["kept"] = "a", ["gone"] = "a", ["resolved"] = "b" };

        var retire = AlertOutbox.HintsToRetire(open, Facts(conditions: [Condition("kept"), Condition("resolved")]), [new SystemResolution("resolved", "answered")]);
        var onClose = AlertOutbox.HintsToRetire(open, Facts(closed: true, conditions: [Condition("kept")]), []);

        Assert.Equal(["gone", "resolved"], retire.Select(h => h.Key).Order());
        Assert.Equal(3, onClose.Count);
    }

    [Fact]
    public async Task A_transfer_gives_the_previous_agent_a_transferred_away_record_filed_under_its_date()
    {
        var feed = new AgentFeed(deferred: true);
        var outbox = new AgentRecordOutbox(grains: null!, feed);
        var state = new ConversationState();

        await outbox.TellAgentsAsync(state, Facts(agent: "a"));
        feed.Take("a");
        await outbox.TellAgentsAsync(state, Facts(agent: "b", history: ["a", "b"]));

        var away = Assert.Single(feed.Take("a"));
        Assert.True(away.Record.TransferredAway);
        Assert.False(away.Record.Open);
        Assert.Equal(state.ReportedDate, away.PreviousDate);
        Assert.True(Assert.Single(feed.Take("b")).Record.Open);
        Assert.Equal("b", state.ReportedAgentId);
        Assert.Equal(["a"], state.TransferredAgents!);
    }

    [Fact]
    public async Task An_agent_who_held_the_conversation_only_between_two_batches_is_told_too()
    {
        var feed = new AgentFeed(deferred: true);
        var outbox = new AgentRecordOutbox(grains: null!, feed);
        var state = new ConversationState();

        await outbox.TellAgentsAsync(state, Facts(agent: "a"));
        await outbox.TellAgentsAsync(state, Facts(agent: "c", history: ["a", "b", "c"]));

        Assert.True(Assert.Single(feed.Take("b")).Record.TransferredAway);
        Assert.Equal(["a", "b"], state.TransferredAgents!);
    }

    [Fact]
    public async Task A_record_that_did_not_change_is_not_sent_again()
    {
        var feed = new AgentFeed(deferred: true);
        var outbox = new AgentRecordOutbox(grains: null!, feed);
        var state = new ConversationState();

        await outbox.TellAgentsAsync(state, Facts());
        Assert.Single(feed.Take("a"));
        await outbox.TellAgentsAsync(state, Facts());
        Assert.Empty(feed.Take("a"));

        state.RaisedConditions["x"] = "alert-1";
        await outbox.TellAgentsAsync(state, Facts());
        Assert.Equal(1, Assert.Single(feed.Take("a")).Record.Alerts);
    }

    [Fact]
    public async Task A_conversation_without_an_agent_tells_no_agent()
    {
        var feed = new AgentFeed(deferred: true);
        var state = new ConversationState();

        await new AgentRecordOutbox(grains: null!, feed).TellAgentsAsync(state, Facts(agent: null));

        Assert.Empty(feed.Waiting());
        Assert.Null(state.ReportedAgentId);
    }

    [Fact]
    public void Platform_rounds_leave_out_the_resolution_clock()
    {
        SlaWaitFacts Wait(string kind, int at, SlaWaitEnd end) =>
            new(kind, $"e{at}", T0.AddSeconds(at), end == SlaWaitEnd.Answered ? T0.AddSeconds(at + 30) : null, 30, SlaCalculator.Met, "a", 60, 120, end, false);
        var facts = Facts() with
        {
            Platform = "taobao",
            Waits = [Wait(SlaCalculator.FirstResponse, 0, SlaWaitEnd.Answered), Wait(SlaCalculator.Resolution, 0, SlaWaitEnd.Closed), Wait(SlaCalculator.NextResponse, 100, SlaWaitEnd.Closed)],
        };

        var rounds = PlatformOutbox.Rounds("c", "taobao", facts);

        Assert.Equal(2, rounds.Rounds.Count);
        Assert.Equal(T0.AddSeconds(30), rounds.Rounds[0].AnsweredAt);
        Assert.True(rounds.Rounds[1].Ended);
    }
}
