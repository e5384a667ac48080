using System.Collections.Concurrent;
using Realtime.Contracts.Rulesets;
using Realtime.Scoring.Rulesets;

namespace Realtime.Grains.Rulesets;

/// <summary>
/// Silo-local cache of compiled rulesets. A PUT handled in this process replaces the entry at once; entries are
/// re-checked against the ruleset grain after <see cref="Freshness"/>, so other processes follow within that time.
/// </summary>
public sealed class RulesetProvider(IGrainFactory grains, TimeProvider time)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async ValueTask<CompiledRuleset> GetAsync(string storeId)
    {
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(storeId, out var entry) && now - entry.CheckedAt < Freshness)
        {
            return entry.Compiled;
        }

        var ruleset = await grains.GetGrain<IRulesetGrain>(storeId).GetAsync();
        if (entry is not null && entry.Compiled.Source.Version == ruleset.Version)
        {
            _entries[storeId] = entry with { CheckedAt = now };
            return entry.Compiled;
        }

        return Publish(ruleset, now);
    }

    public CompiledRuleset Publish(Ruleset ruleset) => Publish(ruleset, time.GetUtcNow());

    private CompiledRuleset Publish(Ruleset ruleset, DateTimeOffset now)
    {
        var compiled = CompiledRuleset.Compile(ruleset);
        _entries[ruleset.StoreId] = new Entry(compiled, now);
        return compiled;
    }

    private sealed record Entry(CompiledRuleset Compiled, DateTimeOffset CheckedAt);
}
