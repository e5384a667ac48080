using Realtime.Grains.Agents;

namespace Realtime.Server.Tests.Agents;

public sealed class AgentFeedTests
{
    private static AgentConversationRecord Record(string conversationId, string date, int agentMessages) =>
        new() { ConversationId = conversationId, Date = date, AgentMessages = agentMessages };

    [Fact]
    public void A_newer_record_replaces_the_pending_one_and_keeps_the_date_the_agent_filed_it_under()
    {
        var feed = new AgentFeed(deferred: true);
        feed.Report("a-1", Record("c-1", "2026-11-27", 1), previousDate: "2026-11-26");
        feed.Report("a-1", Record("c-1", "2026-11-28", 2), previousDate: "2026-11-27");
        feed.Report("a-1", Record("c-2", "2026-11-28", 1), previousDate: null);
        feed.Report("a-2", Record("c-3", "2026-11-28", 1), previousDate: null);

        var taken = feed.Take("a-1").OrderBy(p => p.Record.ConversationId).ToList();

        Assert.Equal(
            [("c-1", 2, "2026-11-26"), ("c-2", 1, (string?)null)],
            taken.Select(p => (p.Record.ConversationId, p.Record.AgentMessages, p.PreviousDate)));
        feed.Applied("a-1");
        Assert.Empty(feed.Take("a-1"));
        Assert.Equal(["a-2"], feed.Waiting());
    }

    [Fact]
    public void An_agent_still_applying_what_it_took_counts_as_waiting()
    {
        // A report delivers the feed to Waiting() agents and then reads the agent directory: an agent the flusher had
        // poked a moment before must be waited for, or a new agent is missing from the report.
        var feed = new AgentFeed(deferred: true);
        feed.Report("a-1", Record("c-1", "2026-11-28", 1), previousDate: null);

        feed.Take("a-1");
        var whileApplying = feed.Waiting();
        feed.Applied("a-1");

        Assert.Equal(["a-1"], whileApplying);
        Assert.Empty(feed.Waiting());
    }

    [Fact]
    public void A_requeued_record_gives_way_to_a_newer_one_but_keeps_its_filed_date()
    {
        var feed = new AgentFeed(deferred: true);
        feed.Report("a-1", Record("c-1", "2026-11-28", 1), previousDate: "2026-11-27");
        var failed = feed.Take("a-1");
        feed.Report("a-1", Record("c-1", "2026-11-28", 3), previousDate: "2026-11-28");
        feed.Report("a-1", Record("c-2", "2026-11-28", 1), previousDate: null);

        feed.Requeue("a-1", failed);

        var taken = feed.Take("a-1").OrderBy(p => p.Record.ConversationId).ToList();
        Assert.Equal(
            [("c-1", 3, "2026-11-27"), ("c-2", 1, (string?)null)],
            taken.Select(p => (p.Record.ConversationId, p.Record.AgentMessages, p.PreviousDate)));
    }
}
