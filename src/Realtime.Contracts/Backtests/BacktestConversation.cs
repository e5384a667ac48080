using Realtime.Contracts.Scoring;

namespace Realtime.Contracts.Backtests;

/// <summary>One conversation re-scored with the draft: the score change and the deductions and alerts that appear or disappear.</summary>
public sealed record BacktestConversation
{
    public required string ConversationId { get; init; }
    public string? AgentId { get; init; }
    public double PublishedScore { get; init; }
    public double DraftScore { get; init; }
    public double Delta { get; init; }
    public IReadOnlyList<Deduction> DeductionsAppeared { get; init; } = [];
    public IReadOnlyList<Deduction> DeductionsDisappeared { get; init; } = [];

    /// <summary>Alert kinds (with their rule ids) the draft would raise that the published rules did not, and the reverse.</summary>
    public IReadOnlyList<string> AlertsAppeared { get; init; } = [];
    public IReadOnlyList<string> AlertsDisappeared { get; init; } = [];

    public bool IsChange => Delta != 0 || DeductionsAppeared.Count + DeductionsDisappeared.Count + AlertsAppeared.Count + AlertsDisappeared.Count > 0;
}
