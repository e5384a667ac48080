namespace Realtime.Scoring.Rulesets;

/// <summary>One invalid field of a ruleset: its camelCase JSON path (<c>sla.firstResponseWarnSeconds</c>) and why.</summary>
public sealed record RulesetError(string Field, string Message);
