using Realtime.Contracts.Rulesets;
using Realtime.Scoring.Rulesets;

namespace Realtime.Grains.Rulesets;

/// <summary>The published ruleset of one store (key: store id).</summary>
[Alias("ruleset")]
public interface IRulesetGrain : IGrainWithStringKey
{
    [Alias("get")]
    Task<Ruleset> GetAsync();

    /// <summary>Validates and publishes; on errors nothing changes.</summary>
    [Alias("put")]
    Task<RulesetUpdate> PutAsync(Ruleset ruleset);
}

[GenerateSerializer, Immutable, Alias("ruleset-update")]
public sealed record RulesetUpdate(
    [property: Id(0)] Ruleset? Published,
    [property: Id(1)] IReadOnlyList<RulesetError> Errors);
