using Realtime.Scoring.Phrases;
using Realtime.Scoring.Pii;

namespace Realtime.Scoring;

/// <summary>Per-thread working buffers of <see cref="MessageScorer"/>, reused across messages so scoring allocates only its results.</summary>
internal sealed class Scratch
{
    [ThreadStatic]
    private static Scratch? _current;

    private char[] _normalized = new char[256];

    public List<PhraseMatch> Matches { get; } = new(16);

    public List<PiiMatch> Pii { get; } = new(4);

    public List<string> Tags { get; } = new(8);

    public static Scratch Rent()
    {
        var scratch = _current ??= new Scratch();
        scratch.Matches.Clear();
        scratch.Pii.Clear();
        scratch.Tags.Clear();
        return scratch;
    }

    public Span<char> Normalized(int length)
    {
        if (_normalized.Length < length)
        {
            _normalized = new char[Math.Max(length, _normalized.Length * 2)];
        }

        return _normalized.AsSpan(0, length);
    }
}
