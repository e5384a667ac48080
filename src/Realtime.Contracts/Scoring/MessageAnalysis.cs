namespace Realtime.Contracts.Scoring;

/// <summary>
/// What the scoring library found in one message. Masking preserves length, so every <c>Start</c>/<c>Length</c>
/// points at the same characters in the original and in <see cref="MaskedText"/>.
/// </summary>
public sealed record MessageAnalysis
{
    public string Language { get; init; } = "und";
    public required string MaskedText { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<PhraseHit> Hits { get; init; } = [];
    public IReadOnlyList<PiiHit> Pii { get; init; } = [];
    public IReadOnlyList<Deduction> Deductions { get; init; } = [];

    /// <summary><c>negative | neutral | positive</c>, from the model; null when no model ran (agent messages).</summary>
    public string? Sentiment { get; init; }
    public double? SentimentConfidence { get; init; }
    public string? Topic { get; init; }
    public double? TopicConfidence { get; init; }

    /// <summary>Probability (0..1) that the customer complains or escalates.</summary>
    public double? ComplaintRisk { get; init; }
}

/// <summary>A phrase of a ruleset list found in a message.</summary>
public sealed record PhraseHit(string List, string Phrase, int Start, int Length, string Text);

/// <summary>A piece of personal data: <c>phone | card | idNumber | email | address</c>.</summary>
public sealed record PiiHit(string Kind, int Start, int Length, string Masked);
