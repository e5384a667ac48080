namespace Realtime.Grains.Disputes;

/// <summary>Every deduction of <see cref="RuleId"/> on <see cref="MessageId"/> (null: the conversation-level ones) no longer counts.</summary>
public sealed record WaivedDeduction(string RuleId, string? MessageId);
