using Realtime.Contracts.Rulesets;

namespace Realtime.Scoring.Rulesets;

/// <summary>Checks a ruleset before it is published; each error names its field (camelCase JSON path).</summary>
public static class RulesetValidator
{
    public static IReadOnlyList<RulesetError> Validate(Ruleset ruleset) => throw new NotImplementedException("scoring work in progress");
}

public sealed record RulesetError(string Field, string Message);
