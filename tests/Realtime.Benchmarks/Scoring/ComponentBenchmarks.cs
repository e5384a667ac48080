using BenchmarkDotNet.Attributes;
using Realtime.Scoring;
using Realtime.Scoring.Language;
using Realtime.Scoring.Phrases;
using Realtime.Scoring.Pii;
using Realtime.Scoring.Text;

namespace Realtime.Benchmarks.Scoring;

/// <summary>Each stage of the scoring pipeline and the whole scorer (no models), per message of the real zh/en mix.</summary>
[MemoryDiagnoser]
public class ComponentBenchmarks : ScoringBenchmarkBase
{
    private readonly List<PhraseMatch> _matches = new(64);
    private readonly List<PiiMatch> _pii = new(8);
    private readonly MessageScorer _scorer = new();

    [GlobalSetup]
    public void GlobalSetup()
    {
        Setup();
        LanguageDetector.Warm();
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int Normalize()
    {
        var total = 0;
        foreach (var text in NextBatch())
        {
            TextNormalizer.Normalize(text, Buffer);
            total += Buffer[0];
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int NormalizeAndMatch()
    {
        var total = 0;
        foreach (var text in NextBatch())
        {
            var normalized = Buffer.AsSpan(0, text.Length);
            TextNormalizer.Normalize(text, normalized);
            _matches.Clear();
            Ruleset.Matcher.FindAll(normalized, _matches);
            total += _matches.Count;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int NormalizeAndPii()
    {
        var total = 0;
        foreach (var text in NextBatch())
        {
            var normalized = Buffer.AsSpan(0, text.Length);
            TextNormalizer.Normalize(text, normalized);
            _pii.Clear();
            PiiDetector.FindAll(text, normalized, _pii);
            total += _pii.Count;
        }

        return total;
    }

    /// <summary>Normalise + match + PII + masking: the rule part of the scorer without language detection or result objects.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public int RulesPiiNormalize()
    {
        var total = 0;
        foreach (var text in NextBatch())
        {
            var normalized = Buffer.AsSpan(0, text.Length);
            TextNormalizer.Normalize(text, normalized);
            _matches.Clear();
            Ruleset.Matcher.FindAll(normalized, _matches);
            _pii.Clear();
            PiiDetector.FindAll(text, normalized, _pii);
            total += PiiMasker.Mask(text, normalized, _pii).Length + _matches.Count;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int Language()
    {
        var total = 0;
        foreach (var text in NextBatch())
        {
            total += LanguageDetector.Detect(text).Length;
        }

        return total;
    }

    /// <summary>The whole <see cref="MessageScorer.Score"/> (rules, PII, language, result objects), agent messages, no models.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public int WholeScorer()
    {
        var total = 0;
        foreach (var text in NextBatch())
        {
            total += _scorer.Score(text, "agent", Ruleset).Tags.Count;
        }

        return total;
    }
}
