namespace Realtime.Contracts.Hints;

/// <summary>An in-chat quality hint pushed on <c>/hubs/agent</c> to one agent.</summary>
public sealed record Hint(string ConversationId, string Kind, string Severity, string Text, DateTimeOffset At)
{
    public string? RuleId { get; init; }
}
