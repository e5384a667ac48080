using Realtime.Contracts.Texts;

namespace Realtime.Contracts.Scoring;

/// <summary>
/// Points taken from one scorecard dimension, with the evidence behind them. The same <see cref="RuleId"/> names the
/// alert and the agent hint that the rule raised.
/// </summary>
public sealed record Deduction
{
    public required string RuleId { get; init; }
    public required string Dimension { get; init; }
    public required double Points { get; init; }
    /// <summary>Why; rendered in English from <see cref="MessageKey"/> when not set, per reader in API answers.</summary>
    [RenderedFrom(nameof(MessageKey), nameof(Args))]
    public string Reason
    {
        get => field ?? (MessageKey is null ? string.Empty : TextCatalog.Render(MessageKey, Args, TextCatalog.English));
        init;
    }

    /// <summary>The catalogue key <see cref="Reason"/> is rendered from (docs/i18n.md).</summary>
    public string? MessageKey { get; init; }
    public IReadOnlyDictionary<string, string>? Args { get; init; }

    /// <summary>The matched text, masked when it is personal data.</summary>
    [RenderedFrom(nameof(EvidenceKey), nameof(EvidenceArgs))]
    public string? Evidence { get; init; }

    /// <summary>The key of <see cref="Evidence"/> when the server wrote it; null when it quotes the conversation.</summary>
    public string? EvidenceKey { get; init; }
    public IReadOnlyDictionary<string, string>? EvidenceArgs { get; init; }
    public int? Start { get; init; }
    public int? Length { get; init; }

    /// <summary>The event id of the message the evidence is in; null for conversation-level deductions.</summary>
    public string? MessageId { get; init; }
}
