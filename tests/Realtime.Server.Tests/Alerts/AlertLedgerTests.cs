using Realtime.Contracts.Alerts;
using Realtime.Grains.Alerts;

namespace Realtime.Server.Tests.Alerts;

public sealed class AlertLedgerTests
{
    [Fact]
    public void A_new_alert_changes_only_its_own_page()
    {
        var ledger = new AlertLedger();
        for (var seq = 1; seq <= 3 * AlertLedger.PageSize; seq++)
        {
            ledger.Add(Alert(seq), $"cond-{seq}");
        }

        Assert.Equal(4, ledger.TakeChangedPages().Count);
        ledger.Add(Alert((3 * AlertLedger.PageSize) + 1), "cond-new");

        var changed = Assert.Single(ledger.TakeChangedPages());
        Assert.Equal(3, changed.Page);
        Assert.Equal(2, changed.State.Alerts.Count);
        Assert.Equal(Id((3 * AlertLedger.PageSize) + 1), changed.State.Conditions["cond-new"]);
    }

    [Fact]
    public void Removing_the_last_alert_of_a_page_saves_it_empty_and_forgets_its_condition()
    {
        var ledger = new AlertLedger();
        ledger.Add(Alert(1), "cond-1");
        ledger.Add(Alert(AlertLedger.PageSize), "cond-2");
        ledger.TakeChangedPages();

        ledger.Remove(Id(1));

        var changed = Assert.Single(ledger.TakeChangedPages());
        Assert.Equal(0, changed.Page);
        Assert.Empty(changed.State.Alerts);
        Assert.False(ledger.HasCondition("cond-1"));
        Assert.Equal(1, ledger.FirstPage);
    }

    [Fact]
    public void A_loaded_page_answers_by_condition_and_is_not_saved_again()
    {
        var saved = new AlertPageState();
        saved.Alerts[Id(7)] = Alert(7);
        saved.Conditions["cond-7"] = Id(7);
        var ledger = new AlertLedger();

        ledger.Load(saved);

        Assert.True(ledger.TryGetByCondition("cond-7", out var alert));
        Assert.Equal(Id(7), alert.AlertId);
        Assert.Equal(7, ledger.MaxSeq);
        Assert.Empty(ledger.TakeChangedPages());
    }

    private static string Id(long seq) => AlertIds.Create(seq, "s");

    private static Alert Alert(long seq) => new()
    {
        AlertId = Id(seq),
        Kind = AlertKinds.BannedTerm,
        Severity = Severities.Warning,
        RaisedAt = DateTimeOffset.UnixEpoch,
        Message = "m",
    };
}
