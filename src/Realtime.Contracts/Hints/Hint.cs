using Realtime.Contracts.Texts;

namespace Realtime.Contracts.Hints;

/// <summary>An in-chat quality hint pushed on <c>/hubs/agent</c> to one agent.</summary>
public sealed record Hint(
    string ConversationId, string Kind, string Severity,
    [property: RenderedFrom(nameof(Hint.MessageKey), nameof(Hint.Args))] string Text,
    DateTimeOffset At)
{
    public string? RuleId { get; init; }

    /// <summary>Stable per agent, conversation and condition (<c>GET /api/agents/{id}/hints</c>).</summary>
    public string? HintId { get; init; }

    /// <summary>When raised; the same as <see cref="At"/>.</summary>
    public DateTimeOffset RaisedAt => At;

    /// <summary>Set once the hint no longer applies (answered, fixed, conversation closed); pushed again with it set.</summary>
    public DateTimeOffset? RetiredAt { get; init; }

    /// <summary>The catalogue key <see cref="Text"/> is rendered from (docs/i18n.md).</summary>
    public string? MessageKey { get; init; }
    public IReadOnlyDictionary<string, string>? Args { get; init; }
}
