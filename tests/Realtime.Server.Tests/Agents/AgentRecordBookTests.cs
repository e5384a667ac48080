using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Realtime.Grains.Agents;
using Realtime.Grains.Paging;

namespace Realtime.Server.Tests.Agents;

public sealed class AgentRecordBookTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection()
        .AddSerializer(s => s.AddAssembly(typeof(AgentRecordBook).Assembly))
        .AddSingleton(typeof(Packer<>))
        .BuildServiceProvider();

    public void Dispose() => _services.Dispose();

    [Fact]
    public void Updating_a_conversation_saves_only_its_page_of_its_day()
    {
        var book = NewBook();
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
        Assert.Equal(4, Unpacked(changed.Page)["c-nov-3"].AgentMessages);
        Assert.InRange(changed.Page.Packed.Count, 1, 30);
        Assert.Equal(80, book.On("2026-11-27").Count());
    }

    [Fact]
    public void Closed_records_packed_for_a_later_save_keep_their_pages_changed_until_it()
    {
        var book = NewBook();
        book.Put(Record("c-later", "2026-11-28") with { Open = true });
        book.Put(Record("c-later", "2026-11-28") with { AgentMessages = 5 });

        book.PackClosed();

        Assert.Equal(5, Assert.Single(book.On("2026-11-28")).AgentMessages);
        var changed = book.TakeChangedPages().ToDictionary(p => p.Name, p => p.Page);
        Assert.True(changed[AgentRecordBook.OpenPage].IsEmpty);
        Assert.Equal(5, Unpacked(changed[AgentRecordBook.PageOf(Record("c-later", "2026-11-28"))])["c-later"].AgentMessages);
    }

    [Fact]
    public void A_record_equal_in_every_figure_changes_nothing_even_held_packed()
    {
        var book = NewBook();
        book.Put(Record("c-same", "2026-11-28") with { Dimensions = new Dictionary<string, double> { ["courtesy"] = 90 } });
        book.TakeChangedPages();

        var changed = book.Put(Record("c-same", "2026-11-28") with { Dimensions = new Dictionary<string, double> { ["courtesy"] = 90 } });

        Assert.False(changed);
        Assert.Empty(book.TakeChangedPages());
    }

    [Fact]
    public void An_open_conversation_rewrites_only_the_open_page_until_it_closes_into_its_day()
    {
        var book = NewBook();
        foreach (var i in Enumerable.Range(0, 80))
        {
            book.Put(Record($"c-done-{i}", "2026-11-28"));
        }

        book.Put(Record("c-live", "2026-11-28") with { Open = true });
        book.TakeChangedPages();

        book.Put(Record("c-live", "2026-11-28") with { Open = true, AgentMessages = 3 });
        var live = Assert.Single(book.TakeChangedPages());
        Assert.Equal(AgentRecordBook.OpenPage, live.Name);
        Assert.Equal(["c-live"], Unpacked(live.Page).Keys);

        book.Put(Record("c-live", "2026-11-28") with { AgentMessages = 4 });
        var closed = book.TakeChangedPages().ToDictionary(c => c.Name, c => c.Page);
        Assert.True(closed[AgentRecordBook.OpenPage].IsEmpty);
        Assert.Equal(4, Unpacked(Assert.Single(closed, c => c.Key != AgentRecordBook.OpenPage).Value)["c-live"].AgentMessages);
        Assert.Equal(81, book.On("2026-11-28").Count());
    }

    [Fact]
    public void A_conversation_found_open_and_closed_after_a_cut_short_save_keeps_its_closed_record()
    {
        var open = new AgentRecordsPage { Records = { ["c-1"] = Record("c-1", "2026-11-28") with { Open = true, AgentMessages = 2 } } };
        var day = new AgentRecordsPage { Records = { ["c-1"] = Record("c-1", "2026-11-28") with { AgentMessages = 5 } } };
        var book = NewBook();

        book.Load(open);
        book.Load(day);
        book.Load(open);

        var record = Assert.Single(book.On("2026-11-28"));
        Assert.Equal((false, 5), (record.Open, record.AgentMessages));
        Assert.Equal(new DayTotals(0, 0, 1), book.TotalsOn("2026-11-28"));
        Assert.True(Assert.Single(book.TakeChangedPages(), c => c.Name == AgentRecordBook.OpenPage).Page.IsEmpty);
    }

    [Fact]
    public void A_conversation_whose_start_moves_to_another_day_leaves_the_old_day()
    {
        var book = NewBook();
        book.Put(Record("c-1", "2026-11-01"));
        book.TakeChangedPages();

        // A late event earlier than the first one moved the conversation's start into October.
        book.Put(Record("c-1", "2026-10-31"));

        var changed = book.TakeChangedPages().ToDictionary(c => c.Name[..10], c => c.Page);
        Assert.True(changed["2026-11-01"].IsEmpty);
        Assert.Equal(["c-1"], Unpacked(changed["2026-10-31"]).Keys);
        Assert.Equal(["2026-10-31"], book.Days);
        Assert.Contains(AgentRecordBook.PageOf(Record("c-1", "2026-10-31")), AgentRecordBook.PagesOf("2026-10-31"));
    }

    [Fact]
    public void Records_past_the_cutoff_are_dropped_and_today_is_read_from_its_pages()
    {
        var book = NewBook();
        book.Put(Record("c-old", "2025-10-01"));
        book.Put(Record("c-today", "2026-11-28"));
        book.Put(Record("c-yesterday", "2026-11-27"));

        book.RemoveBefore("2025-10-24");

        Assert.Equal(["c-today", "c-yesterday"], book.Ids.Order());
        Assert.Equal(["c-today"], book.On("2026-11-28").Select(r => r.ConversationId));
    }

    [Fact]
    public void Day_totals_follow_updates_moves_and_trims()
    {
        var book = NewBook();
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
        var book = NewBook();
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

    [Fact]
    public void A_page_holds_each_record_packed_once_and_reads_back_equal_including_pages_written_before_packing()
    {
        var book = NewBook();
        var records = Enumerable.Range(0, 40).Select(i => Record($"c-{i}", "2026-11-28") with
        {
            AgentMessages = i,
            Dimensions = new Dictionary<string, double> { ["courtesy"] = i / 40.0 },
            Topics = new List<string> { "refund" },
        }).ToList();
        records.ForEach(r => book.Put(r));
        var first = book.TakeChangedPages().ToDictionary(c => c.Name, c => c.Page);

        book.Put(records[7] with { AgentMessages = 70 });
        var again = Assert.Single(book.TakeChangedPages());

        // Only the changed record was packed again: the page shares the others' bytes with the last save.
        var before = first[again.Name].Packed;
        Assert.Equal(before.Count - 1, again.Page.Packed.Count(p => before.Contains(p)));
        var reloaded = NewBook();
        foreach (var page in first.Where(p => p.Key != again.Name).Select(p => p.Value).Append(again.Page))
        {
            reloaded.Load(page);
        }

        reloaded.Load(new AgentRecordsPage { Records = { ["c-legacy"] = Record("c-legacy", "2026-11-28") with { Alerts = 2 } } });
        var expected = records.Select(r => r.ConversationId == "c-7" ? r with { AgentMessages = 70 } : r)
            .Append(Record("c-legacy", "2026-11-28") with { Alerts = 2 }).OrderBy(r => r.ConversationId, StringComparer.Ordinal).ToList();
        var actual = reloaded.On("2026-11-28").OrderBy(r => r.ConversationId, StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Select(Describe), actual.Select(Describe));
    }

    [Fact]
    public void A_closed_record_held_packed_after_its_save_reads_back_the_same_and_moves_and_expires_like_any_other()
    {
        var book = NewBook();
        var record = Record("c-cold", "2026-11-27") with { Breaches = 1, Dimensions = new Dictionary<string, double> { ["courtesy"] = 0.5 } };
        book.Put(record);
        book.Put(Record("c-live", "2026-11-28") with { Open = true });
        book.TakeChangedPages();

        Assert.Equal(Describe(record), Describe(Assert.Single(book.On("2026-11-27"))));
        Assert.Equal(["c-live"], book.Open.Select(r => r.ConversationId));

        book.Put(record with { Date = "2026-11-26" });
        Assert.Empty(book.On("2026-11-27"));
        Assert.Equal(new DayTotals(1, 0, 1), book.TotalsOn("2026-11-26"));
        book.TakeChangedPages();
        book.RemoveBefore("2026-11-27");
        Assert.Equal(["c-live"], book.Ids);
        Assert.Equal(default, book.TotalsOn("2026-11-26"));
    }

    private static string Describe(AgentConversationRecord r) =>
        $"{r.ConversationId} {r.AgentMessages} {r.Alerts} {string.Join(",", r.Dimensions.Select(d => $"{d.Key}={d.Value}"))} {string.Join(",", r.Topics)}";

    private Dictionary<string, AgentConversationRecord> Unpacked(AgentRecordsPage page) =>
        NewBook().Read(page).ToDictionary(r => r.Record.ConversationId, r => r.Record);

    private AgentRecordBook NewBook() => new(_services.GetRequiredService<Packer<AgentConversationRecord>>());

    private static AgentConversationRecord Record(string id, string date) => new() { ConversationId = id, Date = date };
}
