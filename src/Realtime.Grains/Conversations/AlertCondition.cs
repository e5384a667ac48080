using Realtime.Contracts.Texts;

namespace Realtime.Grains.Conversations;

/// <summary>
/// A condition that deserves an alert. <see cref="Key"/> identifies it within the conversation, so it is raised once
/// however often (and in whatever order) the events behind it arrive.
/// </summary>
public sealed record AlertCondition(
    string Key, string Kind, string Severity, string RuleId, Text Message, string? Evidence, string? AgentId,
    DateTimeOffset At, Text? Hint)
{
    /// <summary>False for conditions that only deserve an in-chat hint, not an alert.</summary>
    public bool RaisesAlert { get; init; } = true;

    /// <summary>Evidence the server wrote itself, rendered per reader; null when <see cref="Evidence"/> quotes the conversation.</summary>
    public Text? EvidenceText { get; init; }
}
