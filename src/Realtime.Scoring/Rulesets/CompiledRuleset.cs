using Realtime.Contracts.Rulesets;

namespace Realtime.Scoring.Rulesets;

/// <summary>A ruleset prepared for the hot path: every phrase list (and every disclosure's phrases) in one matcher.</summary>
public sealed class CompiledRuleset
{
    private CompiledRuleset(Ruleset source) => Source = source;

    public Ruleset Source { get; }

    public static CompiledRuleset Compile(Ruleset ruleset) => throw new NotImplementedException("scoring work in progress");
}
