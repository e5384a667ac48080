using BenchmarkDotNet.Attributes;
using Realtime.Scoring.Phrases;
using Realtime.Scoring.Text;

namespace Realtime.Benchmarks.Scoring;

/// <summary>Aho–Corasick (<see cref="PhraseMatcher"/>) against <see cref="System.Buffers.SearchValues{T}"/>, all matches of ~2,000 phrases, per message.</summary>
[MemoryDiagnoser]
public class PhraseMatchBenchmarks : ScoringBenchmarkBase
{
    private readonly List<PhraseMatch> _matches = new(64);
    private string[] _normalized = [];
    private SearchValuesPhraseFinder _searchValues = null!;
    private int _offset;

    [GlobalSetup]
    public void GlobalSetup()
    {
        Setup();
        _normalized = [.. Messages.Select(TextNormalizer.Normalize)];
        _searchValues = new SearchValuesPhraseFinder(Ruleset.Matcher.Patterns);

        // Both must report the same matches before their speed means anything.
        foreach (var text in _normalized)
        {
            var a = new List<PhraseMatch>();
            var b = new List<PhraseMatch>();
            Ruleset.Matcher.FindAll(text, a);
            _searchValues.FindAll(text, b);
            if (!a.OrderBy(m => m.Start).ThenBy(m => m.Pattern).SequenceEqual(b.OrderBy(m => m.Start).ThenBy(m => m.Pattern)))
            {
                throw new InvalidOperationException($"Matchers disagree on: {text}");
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public int AhoCorasick()
    {
        var count = 0;
        foreach (var text in NextNormalized())
        {
            _matches.Clear();
            Ruleset.Matcher.FindAll(text, _matches);
            count += _matches.Count;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int SearchValuesOfString()
    {
        var count = 0;
        foreach (var text in NextNormalized())
        {
            _matches.Clear();
            _searchValues.FindAll(text, _matches);
            count += _matches.Count;
        }

        return count;
    }

    private ReadOnlySpan<string> NextNormalized()
    {
        if (_offset + Batch > _normalized.Length)
        {
            _offset = 0;
        }

        var batch = _normalized.AsSpan(_offset, Batch);
        _offset += Batch;
        return batch;
    }
}
