using Realtime.Contracts.Rulesets;

namespace Realtime.Scoring.Rulesets;

/// <summary>The built-in zh + en ruleset a store uses until it PUTs its own.</summary>
public static class DefaultRulesets
{
    public static Ruleset For(string storeId) => throw new NotImplementedException("scoring work in progress");
}
