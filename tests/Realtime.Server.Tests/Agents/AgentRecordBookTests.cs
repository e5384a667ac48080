using Realtime.Grains.Agents;

namespace Realtime.Server.Tests.Agents;

public sealed class AgentRecordBookTests
{
    [Fact]
    public void Updating_a_conversation_saves_only_its_month()
    {
        var book = new AgentRecordBook();
        book.Put(Record("c-1", "2026-09-03"));
        book.Put(Record("c-2", "2026-10-10"));
        book.Put(Record("c-3", "2026-11-27"));
        book.TakeChangedMonths();

        book.Put(Record("c-3", "2026-11-27") with { AgentMessages = 4 });

        var changed = Assert.Single(book.TakeChangedMonths());
        Assert.Equal("2026-11", changed.Month);
        Assert.Equal(4, changed.Page.Records["c-3"].AgentMessages);
    }

    [Fact]
    public void A_conversation_whose_start_moves_to_another_month_leaves_the_old_month()
    {
        var book = new AgentRecordBook();
        book.Put(Record("c-1", "2026-11-01"));
        book.TakeChangedMonths();

        // A late event earlier than the first one moved the conversation's start into October.
        book.Put(Record("c-1", "2026-10-31"));

        var changed = book.TakeChangedMonths().ToDictionary(c => c.Month, c => c.Page);
        Assert.Empty(changed["2026-11"].Records);
        Assert.Equal(["c-1"], changed["2026-10"].Records.Keys);
        Assert.Equal(["2026-10"], book.Months);
    }

    [Fact]
    public void Records_past_the_cutoff_are_dropped_and_today_is_read_from_its_month()
    {
        var book = new AgentRecordBook();
        book.Put(Record("c-old", "2025-10-01"));
        book.Put(Record("c-today", "2026-11-28"));
        book.Put(Record("c-yesterday", "2026-11-27"));

        book.RemoveBefore("2025-10-24");

        Assert.Equal(["c-today", "c-yesterday"], book.Records.Keys.Order());
        Assert.Equal(["c-today"], book.On("2026-11-28").Select(r => r.ConversationId));
    }

    private static AgentConversationRecord Record(string id, string date) => new() { ConversationId = id, Date = date };
}
