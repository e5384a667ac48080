using Realtime.Scoring.Rulesets;

namespace Realtime.Benchmarks.Scoring;

/// <summary>Shared set-up: the message mix and the compiled 2,000-phrase ruleset; each benchmark handles every message once per operation batch.</summary>
public abstract class ScoringBenchmarkBase
{
    /// <summary>Messages per invocation; figures are per message.</summary>
    public const int Batch = 4_096;

    protected string[] Messages { get; private set; } = [];

    protected CompiledRuleset Ruleset { get; private set; } = null!;

    protected char[] Buffer { get; } = new char[16_384];

    private int _offset;

    protected void Setup()
    {
        Messages = ScoringCorpus.Messages;
        Ruleset = CompiledRuleset.Compile(ScoringCorpus.Ruleset);
        var phrases = Ruleset.Matcher.Patterns.Count;
        if (Messages.Length < Batch || phrases < ScoringCorpus.TargetPhraseCount * 0.9)
        {
            throw new InvalidOperationException($"Set-up gave {Messages.Length} messages and {phrases} phrases.");
        }

        Console.WriteLine($"// {Messages.Length} messages ({Messages.Average(m => m.Length):F1} chars average), {phrases} phrases, {Ruleset.Matcher.StateCount} automaton states");
    }

    /// <summary>The next <see cref="Batch"/> messages, walking round the whole corpus across invocations.</summary>
    protected ReadOnlySpan<string> NextBatch()
    {
        if (_offset + Batch > Messages.Length)
        {
            _offset = 0;
        }

        var batch = Messages.AsSpan(_offset, Batch);
        _offset += Batch;
        return batch;
    }
}
