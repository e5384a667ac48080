using Realtime.Grains.Agents;

namespace Realtime.Server.Tests.Agents;

public sealed class AgentRecordBookTests
{
    [Fact]
    public void Updating_a_conversation_saves_only_its_page_of_its_day()
    {
        var book = new AgentRecordBook();
        book.Put(Record("c-1", "2026-09-03"));
        book.Put(Record("c-2", "2026-10-10"));
        foreach (var i in Enumerable.Range(0, 80))
        {
            book.Put(Record($"c-nov-{i}", "2026-11-27"));
        }

        book.TakeChangedPages();

        book.Put(Record("c-nov-3", "2026-11-27") with { AgentMessages = 4 });

        var changed = Assert.Single(book.TakeChangedPages());
        Assert.StartsWith("2026-11-27.", changed.Name, StringComparison.Ordinal);
        Assert.Equal(4, changed.Page.Records["c-nov-3"].AgentMessages);
        Assert.InRange(changed.Page.Records.Count, 1, 30);
        Assert.Equal(80, book.On("2026-11-27").Count());
    }

    [Fact]
    public void An_open_conversation_rewrites_only_the_open_page_until_it_closes_into_its_day()
    {
        var book = new AgentRecordBook();
        foreach (var i in Enumerable.Range(0, 80))
        {
            book.Put(Record($"c-done-{i}", "2026-11-28"));
        }

        book.Put(Record("c-live", "2026-11-28") with { Open = true });
        book.TakeChangedPages();

        book.Put(Record("c-live", "2026-11-28") with { Open = true, AgentMessages = 3 });
        var live = Assert.Single(book.TakeChangedPages());
        Assert.Equal(AgentRecordBook.OpenPage, live.Name);
        Assert.Equal(["c-live"], live.Page.Records.Keys);

        book.Put(Record("c-live", "2026-11-28") with { AgentMessages = 4 });
        var closed = book.TakeChangedPages().ToDictionary(c => c.Name, c => c.Page);
        Assert.Empty(closed[AgentRecordBook.OpenPage].Records);
        Assert.Equal(4, Assert.Single(closed, c => c.Key != AgentRecordBook.OpenPage).Value.Records["c-live"].AgentMessages);
        Assert.Equal(81, book.On("2026-11-28").Count());
    }

    [Fact]
    public void A_conversation_found_open_and_closed_after_a_cut_short_save_keeps_its_closed_record()
    {
        var open = new AgentRecordsPage { Records = { ["c-1"] = Record("c-1", "2026-11-28") with { Open = true, AgentMessages = 2 } } };
        var day = new AgentRecordsPage { Records = { ["c-1"] = Record("c-1", "2026-11-28") with { AgentMessages = 5 } } };
        var book = new AgentRecordBook();

        book.Load(open);
        book.Load(day);
        book.Load(open);

        var record = Assert.Single(book.On("2026-11-28"));
        Assert.Equal((false, 5), (record.Open, record.AgentMessages));
        Assert.Equal(new DayTotals(0, 0, 1), book.TotalsOn("2026-11-28"));
        Assert.Empty(Assert.Single(book.TakeChangedPages(), c => c.Name == AgentRecordBook.OpenPage).Page.Records);
    }

    [Fact]
    public void A_conversation_whose_start_moves_to_another_day_leaves_the_old_day()
    {
        var book = new AgentRecordBook();
        book.Put(Record("c-1", "2026-11-01"));
        book.TakeChangedPages();

        // A late event earlier than the first one moved the conversation's start into October.
        book.Put(Record("c-1", "2026-10-31"));

        var changed = book.TakeChangedPages().ToDictionary(c => c.Name[..10], c => c.Page);
        Assert.Empty(changed["2026-11-01"].Records);
        Assert.Equal(["c-1"], changed["2026-10-31"].Records.Keys);
        Assert.Equal(["2026-10-31"], book.Days);
        Assert.Contains(AgentRecordBook.PageOf(Record("c-1", "2026-10-31")), AgentRecordBook.PagesOf("2026-10-31"));
    }

    [Fact]
    public void Records_past_the_cutoff_are_dropped_and_today_is_read_from_its_pages()
    {
        var book = new AgentRecordBook();
        book.Put(Record("c-old", "2025-10-01"));
        book.Put(Record("c-today", "2026-11-28"));
        book.Put(Record("c-yesterday", "2026-11-27"));

        book.RemoveBefore("2025-10-24");

        Assert.Equal(["c-today", "c-yesterday"], book.Records.Keys.Order());
        Assert.Equal(["c-today"], book.On("2026-11-28").Select(r => r.ConversationId));
    }

    [Fact]
    public void Day_totals_follow_updates_moves_and_trims()
    {
        var book = new AgentRecordBook();
        book.Put(Record("c-1", "2026-11-28") with { Breaches = 1, Alerts = 2 });
        book.Put(Record("c-2", "2026-11-28") with { Alerts = 1 });
        book.Put(Record("c-3", "2026-11-27") with { Breaches = 5 });

        book.Put(Record("c-1", "2026-11-28") with { Breaches = 2, Alerts = 3 });
        book.Put(Record("c-2", "2026-11-27") with { Alerts = 1 });

        Assert.Equal(new DayTotals(2, 3, 1), book.TotalsOn("2026-11-28"));
        Assert.Equal(new DayTotals(5, 1, 2), book.TotalsOn("2026-11-27"));
        book.RemoveBefore("2026-11-28");
        Assert.Equal(default, book.TotalsOn("2026-11-27"));
        Assert.Equal(
            (book.On("2026-11-28").Sum(r => r.Breaches), book.On("2026-11-28").Sum(r => r.Alerts)),
            (book.TotalsOn("2026-11-28").Breaches, book.TotalsOn("2026-11-28").Alerts));
    }

    [Fact]
    public void The_days_version_moves_only_when_a_day_comes_or_goes()
    {
        var book = new AgentRecordBook();
        book.Put(Record("c-1", "2026-11-27"));
        var afterFirst = book.DaysVersion;

        book.Put(Record("c-2", "2026-11-27"));
        book.Put(Record("c-1", "2026-11-27") with { AgentMessages = 3 });
        Assert.Equal(afterFirst, book.DaysVersion);

        book.Put(Record("c-2", "2026-11-28"));
        Assert.NotEqual(afterFirst, book.DaysVersion);
        var afterNewDay = book.DaysVersion;
        book.RemoveBefore("2026-11-28");
        Assert.NotEqual(afterNewDay, book.DaysVersion);
        Assert.Equal(["2026-11-28"], book.Days);
    }

    private static AgentConversationRecord Record(string id, string date) => new() { ConversationId = id, Date = date };
}
