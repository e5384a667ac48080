using Realtime.Contracts.Texts;

namespace Realtime.Grains.Alerts;

/// <summary>An alert to raise; <see cref="ConditionKey"/> makes raising idempotent.</summary>
[GenerateSerializer, Immutable, Alias("alert-draft")]
public sealed record AlertDraft
{
    [Id(0)] public required string ConditionKey { get; init; }
    [Id(1)] public required string Kind { get; init; }
    [Id(2)] public required string Severity { get; init; }
    [Id(3)] public required string Message { get; init; }
    [Id(4)] public string? Evidence { get; init; }
    [Id(5)] public string? RuleId { get; init; }
    [Id(6)] public string? ConversationId { get; init; }
    [Id(7)] public string? AgentId { get; init; }
    [Id(8)] public string? CustomerId { get; init; }
    [Id(9)] public string? TeamId { get; init; }

    /// <summary>The catalogue text <see cref="Message"/> renders (docs/i18n.md).</summary>
    [Id(10)] public Text? MessageText { get; init; }

    /// <summary>Evidence the server wrote itself; null when <see cref="Evidence"/> quotes the conversation.</summary>
    [Id(11)] public Text? EvidenceText { get; init; }
}
