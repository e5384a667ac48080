using System.Collections.Concurrent;
using Realtime.Contracts.Rulesets;
using Realtime.Scoring.Rulesets;

namespace Realtime.Grains.Backtests;

/// <summary>
/// Silo-local compiled drafts by backtest id, so a backtest over thousands of conversations compiles its draft once per
/// silo rather than once per conversation. Keeps the few most recent drafts.
/// </summary>
public sealed class DraftRulesetCache
{
    private const int Capacity = 8;
    private readonly ConcurrentDictionary<string, (CompiledRuleset Compiled, long Used)> _drafts = new(StringComparer.Ordinal);
    private long _clock;

    public CompiledRuleset Get(string draftId, Ruleset draft)
    {
        var used = Interlocked.Increment(ref _clock);
        var entry = _drafts.AddOrUpdate(
            draftId,
            _ => (CompiledRuleset.Compile(draft), used),
            (_, existing) => (existing.Compiled, used));
        if (_drafts.Count > Capacity)
        {
            foreach (var stale in _drafts.OrderBy(d => d.Value.Used).Take(_drafts.Count - Capacity).ToList())
            {
                _drafts.TryRemove(stale.Key, out _);
            }
        }

        return entry.Compiled;
    }
}
