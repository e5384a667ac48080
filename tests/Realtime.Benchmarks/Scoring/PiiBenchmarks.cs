using BenchmarkDotNet.Attributes;
using Realtime.Scoring.Pii;
using Realtime.Scoring.Text;

namespace Realtime.Benchmarks.Scoring;

/// <summary>The PII detectors one by one on folded text, per message.</summary>
[MemoryDiagnoser]
public class PiiBenchmarks : ScoringBenchmarkBase
{
    private readonly List<PiiMatch> _pii = new(8);
    private string[] _normalized = [];
    private int _offset;

    [GlobalSetup]
    public void GlobalSetup()
    {
        Setup();
        _normalized = [.. Messages.Select(TextNormalizer.Normalize)];
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int Email() => Run(static (o, n, r) => EmailDetector.FindAll(n, r));

    [Benchmark(OperationsPerInvoke = Batch)]
    public int Numbers() => Run(static (o, n, r) => NumberDetector.FindAll(n, r));

    [Benchmark(OperationsPerInvoke = Batch)]
    public int Addresses() => Run(static (o, n, r) => AddressDetector.FindAll(o, n, r));

    private delegate void Detector(ReadOnlySpan<char> original, ReadOnlySpan<char> normalized, List<PiiMatch> results);

    private int Run(Detector detector)
    {
        if (_offset + Batch > Messages.Length)
        {
            _offset = 0;
        }

        var total = 0;
        for (var i = _offset; i < _offset + Batch; i++)
        {
            _pii.Clear();
            detector(Messages[i], _normalized[i], _pii);
            total += _pii.Count;
        }

        _offset += Batch;
        return total;
    }
}
