using System.Globalization;
using Realtime.Contracts.Alerts;
using Realtime.Contracts.Platforms;
using Realtime.Contracts.Rulesets;
using Realtime.Contracts.Texts;
using Realtime.Grains.Alerts;
using Realtime.Grains.Incidents;
using Realtime.Grains.Rulesets;

namespace Realtime.Grains.Platforms;

/// <summary>
/// Holds a store's rounds and judges them by its ruleset's <c>platformMetrics</c> in the store's time zone. A rate that
/// falls below its warning line (target + margin) with enough decided rounds raises one <c>platform.rate.low</c> per
/// rule and local day; it resolves itself once the rate is back. The state is written at most once a second.
/// </summary>
public sealed class PlatformRatesGrain(
    [PersistentState("platform-rates", GrainStorage.Name)] IPersistentState<PlatformRatesState> state,
    RulesetProvider rulesets,
    TimeProvider time) : Grain, IPlatformRatesGrain
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Kept = TimeSpan.FromDays(PlatformRateCalculator.RollingDays + 1);
    private const int EvidenceRounds = 10;

    private bool _changed;
    private bool _unsaved;
    private DateTimeOffset? _nextDeadline;
    private DateOnly? _evaluatedDay;

    private string StoreId => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _changed = state.State.Conversations.Count > 0;
        this.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions(Tick, Tick) { KeepAlive = true });
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_unsaved)
        {
            await state.WriteStateAsync(cancellationToken);
        }
    }

    Task IPlatformRatesGrain.NoteAsync(ConversationRounds rounds)
    {
        state.State.Conversations[rounds.ConversationId] = rounds;
        _changed = _unsaved = true;
        return Task.CompletedTask;
    }

    async Task<PlatformRates> IPlatformRatesGrain.GetAsync()
    {
        var ruleset = (await rulesets.GetAsync(StoreId)).Source;
        return Rates(ruleset, time.GetUtcNow());
    }

    private PlatformRates Rates(Ruleset ruleset, DateTimeOffset now)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(ruleset.TimeZone);
        return new PlatformRates
        {
            StoreId = StoreId,
            TimeZone = ruleset.TimeZone,
            Date = PlatformRateCalculator.LocalDay(now, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Metrics = [.. ruleset.PlatformMetrics.Select(rule => PlatformRateCalculator.Calculate(rule, zone, state.State.Conversations.Values, now))],
        };
    }

    /// <summary>Judges again when rounds arrived, a pending round ran out of time or the local day turned; then saves.</summary>
    private async Task TickAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var ruleset = (await rulesets.GetAsync(StoreId)).Source;
        var day = PlatformRateCalculator.LocalDay(now, TimeZoneInfo.FindSystemTimeZoneById(ruleset.TimeZone));
        if (_changed || now >= _nextDeadline || day != _evaluatedDay)
        {
            _changed = false;
            _evaluatedDay = day;
            Prune(now);
            _nextDeadline = PlatformRateCalculator.NextDeadline(ruleset.PlatformMetrics, state.State.Conversations.Values, now);
            await JudgeAsync(ruleset, Rates(ruleset, now));
        }

        if (_unsaved)
        {
            _unsaved = false;
            await state.WriteStateAsync(cancellationToken);
        }
    }

    private async Task JudgeAsync(Ruleset ruleset, PlatformRates rates)
    {
        var raise = new List<AlertDraft>();
        var resolve = new List<SystemResolution>();
        foreach (var (rule, rate) in ruleset.PlatformMetrics.Zip(rates.Metrics))
        {
            var key = $"{StoreId}:platform:{rule.Key}:{rates.Date}";
            var decided = rate.Today.Met + rate.Today.Missed;
            var low = decided >= rule.MinRounds && rate.Today.RatePct < rate.WarnBelowPct;
            var known = state.State.Alerts.TryGetValue(key, out var open);
            if (low && !known)
            {
                raise.Add(Draft(key, rule, rate));
                state.State.Alerts[key] = true;
            }
            else if (!low && open && decided >= rule.MinRounds)
            {
                resolve.Add(new SystemResolution(key, AutoResolveReasons.RateRecovered));
                state.State.Alerts[key] = false;
            }
        }

        if (raise.Count == 0 && resolve.Count == 0)
        {
            return;
        }

        _unsaved = true;
        var book = GrainFactory.GetGrain<IAlertBookGrain>(StoreId);
        if (raise.Count > 0)
        {
            await book.RaiseAsync(raise);
        }

        if (resolve.Count > 0)
        {
            await book.ResolveBySystemAsync(resolve);
        }
    }

    /// <summary>A preset's name as a label (read in the reader's language); a store's own name as written.</summary>
    private static string MetricName(PlatformMetricRule rule) =>
        PlatformMetricPresets.NameKeyOf(rule) is { } key ? Text.Label(key) : rule.Name;

    private static AlertDraft Draft(string key, PlatformMetricRule rule, PlatformRate rate)
    {
        var message = Text.Of("alert.platformRateLow",
            ("platform", Text.Label("label.platform." + rule.Platform)), ("name", MetricName(rule)), ("rate", rate.Today.RatePct), ("warnBelow", rate.WarnBelowPct),
            ("target", rule.Target), ("missed", rate.Today.Missed), ("decided", rate.Today.Met + rate.Today.Missed));
        var evidence = Text.Of("alert.platformRateLow.evidence",
            ("rounds", string.Join(", ", rate.MissedRounds.Take(EvidenceRounds).Select(r => r.ConversationId))));
        return new AlertDraft
        {
            ConditionKey = key,
            Kind = AlertKinds.PlatformRateLow,
            Severity = Severities.Warning,
            Message = message.Render(TextCatalog.English),
            MessageText = message,
            Evidence = evidence.Render(TextCatalog.English),
            EvidenceText = evidence,
            RuleId = rule.Key,
        };
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (id, c) in state.State.Conversations)
        {
            if (c.Rounds.Count == 0 || c.Rounds.Max(r => r.StartedAt) < now - Kept)
            {
                state.State.Conversations.Remove(id);
                _unsaved = true;
            }
        }
    }
}
