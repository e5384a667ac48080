namespace Realtime.Contracts.Backtests;

/// <summary>An agent's average score over the backtested conversations it held, published vs draft.</summary>
public sealed record BacktestAgent
{
    public required string AgentId { get; init; }
    public int Conversations { get; init; }
    public int Changed { get; init; }
    public double AverageScorePublished { get; init; }
    public double AverageScoreDraft { get; init; }
    public double Delta { get; init; }
}
