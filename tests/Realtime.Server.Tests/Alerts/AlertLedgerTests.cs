using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Realtime.Contracts.Alerts;
using Realtime.Grains.Alerts;
using Realtime.Grains.Paging;
using Realtime.Grains.Serialization;

namespace Realtime.Server.Tests.Alerts;

public sealed class AlertLedgerTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection()
        .AddSerializer(s => s.AddRealtimeSerialization().AddAssembly(typeof(AlertLedger).Assembly))
        .AddSingleton(typeof(Packer<>))
        .BuildServiceProvider();

    public void Dispose() => _services.Dispose();

    [Fact]
    public void A_new_alert_changes_only_its_own_page()
    {
        var ledger = NewLedger();
        for (var seq = 1; seq <= 3 * AlertLedger.PageSize; seq++)
        {
            ledger.Add(Alert(seq), $"cond-{seq}");
        }

        Assert.Equal(4, ledger.TakeChangedPages().Count);
        ledger.Add(Alert((3 * AlertLedger.PageSize) + 1), "cond-new");

        var changed = Assert.Single(ledger.TakeChangedPages());
        Assert.Equal(3, changed.Page);
        var entries = NewLedger().Read(changed.State).ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal(Id((3 * AlertLedger.PageSize) + 1), entries.Single(e => e.ConditionKey == "cond-new").Alert.AlertId);
    }

    [Fact]
    public void Removing_the_last_alert_of_a_page_saves_it_empty_and_forgets_its_condition()
    {
        var ledger = NewLedger();
        ledger.Add(Alert(1), "cond-1");
        ledger.Add(Alert(AlertLedger.PageSize), "cond-2");
        ledger.TakeChangedPages();

        ledger.Remove(Id(1));

        var changed = Assert.Single(ledger.TakeChangedPages());
        Assert.Equal(0, changed.Page);
        Assert.True(changed.State.IsEmpty);
        Assert.False(ledger.HasCondition("cond-1"));
        Assert.Equal(1, ledger.FirstPage);
    }

    [Fact]
    public void A_loaded_page_answers_by_condition_and_is_not_saved_again()
    {
        var saved = new AlertPageState();
        saved.Alerts[Id(7)] = Alert(7);
        saved.Conditions["cond-7"] = Id(7);
        var ledger = NewLedger();

        ledger.Load(saved);

        Assert.True(ledger.TryGetByCondition("cond-7", out var alert));
        Assert.Equal(Id(7), alert.AlertId);
        Assert.Equal(7, ledger.MaxSeq);
        Assert.Empty(ledger.TakeChangedPages());
    }

    [Fact]
    public void A_saved_page_packs_each_alert_once_and_loads_back_with_its_condition()
    {
        var ledger = NewLedger();
        for (var seq = 1; seq <= 10; seq++)
        {
            ledger.Add(Alert(seq), $"cond-{seq}");
        }

        var first = Assert.Single(ledger.TakeChangedPages()).State;
        ledger.Replace(Alert(4) with { Status = AlertStatuses.Acknowledged, AcknowledgedBy = "lead" });
        var second = Assert.Single(ledger.TakeChangedPages()).State;

        Assert.Equal(9, second.Packed.Count(first.Packed.Contains));
        var reloaded = NewLedger();
        reloaded.Load(second);
        Assert.Equal(10, reloaded.Count);
        Assert.True(reloaded.TryGetByCondition("cond-4", out var acknowledged));
        Assert.Equal((AlertStatuses.Acknowledged, "lead"), (acknowledged.Status, acknowledged.AcknowledgedBy));
        Assert.True(reloaded.TryGetByCondition("cond-9", out var untouched));
        Assert.Equal(Alert(9).Message, untouched.Message);
        Assert.Empty(reloaded.TakeChangedPages());
    }

    private AlertLedger NewLedger() => new(_services.GetRequiredService<Packer<AlertEntry>>());

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
