using Realtime.Contracts.Rulesets;

namespace Realtime.Grains.Rulesets;

[GenerateSerializer, Alias("ruleset-state")]
public sealed class RulesetState
{
    /// <summary>Null until the store publishes its own; the built-in defaults apply meanwhile.</summary>
    [Id(0)] public Ruleset? Ruleset { get; set; }
}
