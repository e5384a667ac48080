namespace Realtime.Grains.Conversations;

/// <summary>
/// A condition that deserves an alert. <see cref="Key"/> identifies it within the conversation, so it is raised once
/// however often (and in whatever order) the events behind it arrive.
/// </summary>
public sealed record AlertCondition(
    string Key, string Kind, string Severity, string RuleId, string Message, string? Evidence, string? AgentId,
    DateTimeOffset At, string? HintText)
{
    /// <summary>False for conditions that only deserve an in-chat hint, not an alert.</summary>
    public bool RaisesAlert { get; init; } = true;
}
