namespace Realtime.Contracts.Scoring;

/// <summary>
/// Points taken from one scorecard dimension, with the evidence behind them. The same <see cref="RuleId"/> names the
/// alert and the agent hint that the rule raised.
/// </summary>
public sealed record Deduction
{
    public required string RuleId { get; init; }
    public required string Dimension { get; init; }
    public required double Points { get; init; }
    public required string Reason { get; init; }

    /// <summary>The matched text, masked when it is personal data.</summary>
    public string? Evidence { get; init; }
    public int? Start { get; init; }
    public int? Length { get; init; }

    /// <summary>The event id of the message the evidence is in; null for conversation-level deductions.</summary>
    public string? MessageId { get; init; }
}
