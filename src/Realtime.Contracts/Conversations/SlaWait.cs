using Realtime.Contracts.Texts;

namespace Realtime.Contracts.Conversations;

/// <summary>One customer wait on the SLA timeline: from an unanswered customer message to the reply that ends it.</summary>
public sealed record SlaWait
{
    /// <summary><c>firstResponse | nextResponse</c>.</summary>
    public required string Kind { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }
    public double Seconds { get; init; }

    /// <summary><c>waiting | met | warning | breached</c>.</summary>
    public required string Status { get; init; }
    public string? AgentId { get; init; }

    [RenderedFrom(nameof(MessageKey), nameof(Args))]
    public string? Explanation { get; init; }

    /// <summary>The catalogue key <see cref="Explanation"/> is rendered from (docs/i18n.md).</summary>
    public string? MessageKey { get; init; }
    public IReadOnlyDictionary<string, string>? Args { get; init; }
}
