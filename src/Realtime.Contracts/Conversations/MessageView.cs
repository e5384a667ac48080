using Realtime.Contracts.Scoring;

namespace Realtime.Contracts.Conversations;

public sealed record MessageView
{
    public required string EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required string Sender { get; init; }
    public string? AgentId { get; init; }

    /// <summary>The text with personal data masked (length preserved).</summary>
    public required string Text { get; init; }
    public required MessageAnalysis Analysis { get; init; }
}
