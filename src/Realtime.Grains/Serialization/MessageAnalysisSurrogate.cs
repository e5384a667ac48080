using Realtime.Contracts.Scoring;

namespace Realtime.Grains.Serialization;

/// <summary>
/// <see cref="MessageAnalysis"/> (kept with every stored message) in Orleans' binary format instead of the JSON codec.
/// Field ids are the persisted format: never reuse or renumber them.
/// </summary>
[GenerateSerializer, Immutable, Alias("message-analysis-v1")]
public struct MessageAnalysisSurrogate
{
    [Id(0)] public string Language { get; set; }
    [Id(1)] public string MaskedText { get; set; }
    [Id(2)] public string[]? Tags { get; set; }
    [Id(3)] public PhraseHit[]? Hits { get; set; }
    [Id(4)] public PiiHit[]? Pii { get; set; }
    [Id(5)] public Deduction[]? Deductions { get; set; }
    [Id(6)] public string? Sentiment { get; set; }
    [Id(7)] public double? SentimentConfidence { get; set; }
    [Id(8)] public string? Topic { get; set; }
    [Id(9)] public double? TopicConfidence { get; set; }
    [Id(10)] public double? ComplaintRisk { get; set; }
}

[GenerateSerializer, Immutable, Alias("phrase-hit-v1")]
public struct PhraseHitSurrogate
{
    [Id(0)] public string List { get; set; }
    [Id(1)] public string Phrase { get; set; }
    [Id(2)] public int Start { get; set; }
    [Id(3)] public int Length { get; set; }
    [Id(4)] public string Text { get; set; }
}

[GenerateSerializer, Immutable, Alias("pii-hit-v1")]
public struct PiiHitSurrogate
{
    [Id(0)] public string Kind { get; set; }
    [Id(1)] public int Start { get; set; }
    [Id(2)] public int Length { get; set; }
    [Id(3)] public string Masked { get; set; }
}

[GenerateSerializer, Immutable, Alias("deduction-v1")]
public struct DeductionSurrogate
{
    [Id(0)] public string RuleId { get; set; }
    [Id(1)] public string Dimension { get; set; }
    [Id(2)] public double Points { get; set; }
    [Id(3)] public string Reason { get; set; }
    [Id(4)] public string? Evidence { get; set; }
    [Id(5)] public int? Start { get; set; }
    [Id(6)] public int? Length { get; set; }
    [Id(7)] public string? MessageId { get; set; }
    [Id(8)] public string? MessageKey { get; set; }
    [Id(9)] public Dictionary<string, string>? Args { get; set; }
    [Id(10)] public string? EvidenceKey { get; set; }
    [Id(11)] public Dictionary<string, string>? EvidenceArgs { get; set; }
}

[RegisterConverter]
public sealed class MessageAnalysisConverter : IConverter<MessageAnalysis, MessageAnalysisSurrogate>
{
    public MessageAnalysis ConvertFromSurrogate(in MessageAnalysisSurrogate s) => new()
    {
        Language = s.Language,
        MaskedText = s.MaskedText,
        Tags = s.Tags ?? [],
        Hits = s.Hits ?? [],
        Pii = s.Pii ?? [],
        Deductions = s.Deductions ?? [],
        Sentiment = s.Sentiment,
        SentimentConfidence = s.SentimentConfidence,
        Topic = s.Topic,
        TopicConfidence = s.TopicConfidence,
        ComplaintRisk = s.ComplaintRisk,
    };

    public MessageAnalysisSurrogate ConvertToSurrogate(in MessageAnalysis a) => new()
    {
        Language = a.Language,
        MaskedText = a.MaskedText,
        Tags = OrNull(a.Tags),
        Hits = OrNull(a.Hits),
        Pii = OrNull(a.Pii),
        Deductions = OrNull(a.Deductions),
        Sentiment = a.Sentiment,
        SentimentConfidence = a.SentimentConfidence,
        Topic = a.Topic,
        TopicConfidence = a.TopicConfidence,
        ComplaintRisk = a.ComplaintRisk,
    };

    /// <summary>
    /// Arrays, not the contract's read-only lists: Orleans has a codec for arrays, none for compiler-made list types.
    /// The scorer's lists are arrays already and are never changed: those are written as they are, not copied.
    /// </summary>
    private static T[]? OrNull<T>(IReadOnlyList<T> items) => items.Count == 0 ? null : items as T[] ?? [.. items];
}

[RegisterConverter]
public sealed class PhraseHitConverter : IConverter<PhraseHit, PhraseHitSurrogate>
{
    public PhraseHit ConvertFromSurrogate(in PhraseHitSurrogate s) => new(s.List, s.Phrase, s.Start, s.Length, s.Text);

    public PhraseHitSurrogate ConvertToSurrogate(in PhraseHit h) => new() { List = h.List, Phrase = h.Phrase, Start = h.Start, Length = h.Length, Text = h.Text };
}

[RegisterConverter]
public sealed class PiiHitConverter : IConverter<PiiHit, PiiHitSurrogate>
{
    public PiiHit ConvertFromSurrogate(in PiiHitSurrogate s) => new(s.Kind, s.Start, s.Length, s.Masked);

    public PiiHitSurrogate ConvertToSurrogate(in PiiHit h) => new() { Kind = h.Kind, Start = h.Start, Length = h.Length, Masked = h.Masked };
}

[RegisterConverter]
public sealed class DeductionConverter : IConverter<Deduction, DeductionSurrogate>
{
    public Deduction ConvertFromSurrogate(in DeductionSurrogate s) => new()
    {
        RuleId = s.RuleId,
        Dimension = s.Dimension,
        Points = s.Points,
        Reason = s.Reason,
        Evidence = s.Evidence,
        Start = s.Start,
        Length = s.Length,
        MessageId = s.MessageId,
        MessageKey = s.MessageKey,
        Args = s.Args,
        EvidenceKey = s.EvidenceKey,
        EvidenceArgs = s.EvidenceArgs,
    };

    public DeductionSurrogate ConvertToSurrogate(in Deduction d) => new()
    {
        RuleId = d.RuleId,
        Dimension = d.Dimension,
        Points = d.Points,
        Reason = d.Reason,
        Evidence = d.Evidence,
        Start = d.Start,
        Length = d.Length,
        MessageId = d.MessageId,
        MessageKey = d.MessageKey,
        Args = d.Args is null ? null : new Dictionary<string, string>(d.Args),
        EvidenceKey = d.EvidenceKey,
        EvidenceArgs = d.EvidenceArgs is null ? null : new Dictionary<string, string>(d.EvidenceArgs),
    };
}
