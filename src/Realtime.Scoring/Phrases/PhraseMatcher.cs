using Realtime.Scoring.Text;

namespace Realtime.Scoring.Phrases;

/// <summary>
/// Aho–Corasick automaton over every phrase of every list: one left-to-right pass over folded text reports all matches,
/// overlapping ones included. Characters are mapped to dense classes (0 = in no phrase, which sends the automaton
/// straight back to the root); the root has a full transition table, deeper states sorted edge arrays. Immutable after
/// <see cref="Build"/>, so one instance serves any number of threads.
/// </summary>
public sealed class PhraseMatcher
{
    private readonly PhrasePattern[] _patterns;
    private readonly ushort[] _classOf;
    private readonly int[] _rootNext;
    private readonly int[] _edgeStart;
    private readonly ushort[] _edgeClass;
    private readonly int[] _edgeTarget;
    private readonly int[] _fail;
    private readonly int[] _outputStart;
    private readonly int[] _outputs;

    private PhraseMatcher(
        PhrasePattern[] patterns, ushort[] classOf, int[] rootNext, int[] edgeStart, ushort[] edgeClass, int[] edgeTarget,
        int[] fail, int[] outputStart, int[] outputs)
    {
        _patterns = patterns;
        _classOf = classOf;
        _rootNext = rootNext;
        _edgeStart = edgeStart;
        _edgeClass = edgeClass;
        _edgeTarget = edgeTarget;
        _fail = fail;
        _outputStart = outputStart;
        _outputs = outputs;
    }

    public IReadOnlyList<PhrasePattern> Patterns => _patterns;

    public int StateCount => _fail.Length;

    /// <summary>
    /// Builds the automaton. Phrases are trimmed and folded with <see cref="TextNormalizer"/>; empty ones are skipped and a
    /// phrase repeated within one list is kept once.
    /// </summary>
    public static PhraseMatcher Build(IEnumerable<(string List, string Phrase)> phrases) =>
        BuildWithLanguages(phrases.Select(p => (p.List, p.Phrase, (string?)null)));

    /// <summary>
    /// Builds the automaton from phrases limited to a language (null: every language). A phrase ending in a letter
    /// followed by <c>*</c> is a stem: it matches with any word ending.
    /// </summary>
    public static PhraseMatcher BuildWithLanguages(IEnumerable<(string List, string Phrase, string? Language)> phrases)
    {
        var patterns = new List<PhrasePattern>();
        var seen = new HashSet<(string, string, string?, bool)>();
        foreach (var (list, phrase, language) in phrases)
        {
            // JSON input may carry nulls despite the annotations.
            if (string.IsNullOrWhiteSpace(phrase) || string.IsNullOrEmpty(list))
            {
                continue;
            }

            var trimmed = phrase.Trim();
            var stem = IsStem(trimmed);
            var normalized = TextNormalizer.Normalize(stem ? trimmed[..^1] : trimmed);
            if (seen.Add((list, normalized, language, stem)))
            {
                var pattern = new PhrasePattern(list, trimmed, normalized, language);
                patterns.Add(stem ? pattern with { NeedsRightBoundary = false } : pattern);
            }
        }

        return new Builder(patterns).Build();
    }

    private static bool IsStem(string phrase) =>
        phrase.Length > 1 && phrase[^1] == '*' && WordChars.IsWordChar(TextNormalizer.Fold(phrase[^2]));

    /// <summary>Appends every match in <paramref name="normalized"/> (text folded by <see cref="TextNormalizer"/>) to <paramref name="results"/>, ordered by end position.</summary>
    public void FindAll(ReadOnlySpan<char> normalized, List<PhraseMatch> results)
    {
        var classOf = _classOf;
        var state = 0;
        for (var i = 0; i < normalized.Length; i++)
        {
            int cls = classOf[normalized[i]];
            if (cls == 0)
            {
                state = 0;
                continue;
            }

            state = Next(state, cls);
            var outStart = _outputStart[state];
            var outEnd = _outputStart[state + 1];
            for (var o = outStart; o < outEnd; o++)
            {
                var patternIndex = _outputs[o];
                var pattern = _patterns[patternIndex];
                var length = pattern.Normalized.Length;
                var start = i - length + 1;
                if (pattern.NeedsLeftBoundary && start > 0 && WordChars.IsWordChar(normalized[start - 1]))
                {
                    continue;
                }

                if (pattern.NeedsRightBoundary && i + 1 < normalized.Length && WordChars.IsWordChar(normalized[i + 1]))
                {
                    continue;
                }

                results.Add(new PhraseMatch(patternIndex, start, length));
            }
        }
    }

    private int Next(int state, int cls)
    {
        while (state != 0)
        {
            var lo = _edgeStart[state];
            var hi = _edgeStart[state + 1] - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >>> 1;
                var c = _edgeClass[mid];
                if (c == cls)
                {
                    return _edgeTarget[mid];
                }

                if (c < cls)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            state = _fail[state];
        }

        return _rootNext[cls];
    }

    private sealed class Builder(List<PhrasePattern> patterns)
    {
        private readonly List<Dictionary<ushort, int>> _children = [new()];
        private readonly List<List<int>> _own = [[]];

        public PhraseMatcher Build()
        {
            var classOf = new ushort[char.MaxValue + 1];
            ushort classCount = 1;
            foreach (var pattern in patterns)
            {
                foreach (var c in pattern.Normalized)
                {
                    if (classOf[c] == 0)
                    {
                        if (classCount == ushort.MaxValue)
                        {
                            throw new InvalidOperationException("Too many distinct characters in the phrase lists.");
                        }

                        classOf[c] = classCount++;
                    }
                }
            }

            for (var p = 0; p < patterns.Count; p++)
            {
                var state = 0;
                foreach (var c in patterns[p].Normalized)
                {
                    var cls = classOf[c];
                    if (!_children[state].TryGetValue(cls, out var next))
                    {
                        next = _children.Count;
                        _children.Add([]);
                        _own.Add([]);
                        _children[state][cls] = next;
                    }

                    state = next;
                }

                _own[state].Add(p);
            }

            var stateCount = _children.Count;
            var fail = new int[stateCount];
            var outputs = new List<int>[stateCount];
            outputs[0] = [];
            var order = new List<int>(stateCount);
            var queue = new Queue<int>();
            foreach (var child in _children[0].Values)
            {
                fail[child] = 0;
                queue.Enqueue(child);
            }

            while (queue.Count > 0)
            {
                var state = queue.Dequeue();
                order.Add(state);
                outputs[state] = [.. _own[state], .. outputs[fail[state]]];
                foreach (var (cls, child) in _children[state])
                {
                    var f = fail[state];
                    while (f != 0 && !_children[f].ContainsKey(cls))
                    {
                        f = fail[f];
                    }

                    fail[child] = _children[f].TryGetValue(cls, out var target) && target != child ? target : 0;
                    queue.Enqueue(child);
                }
            }

            var rootNext = new int[classCount];
            foreach (var (cls, child) in _children[0])
            {
                rootNext[cls] = child;
            }

            var edgeStart = new int[stateCount + 1];
            var outputStart = new int[stateCount + 1];
            var edgeCount = 0;
            var outputCount = 0;
            for (var s = 0; s < stateCount; s++)
            {
                edgeStart[s] = edgeCount;
                outputStart[s] = outputCount;
                edgeCount += _children[s].Count;
                outputCount += outputs[s].Count;
            }

            edgeStart[stateCount] = edgeCount;
            outputStart[stateCount] = outputCount;
            var edgeClass = new ushort[edgeCount];
            var edgeTarget = new int[edgeCount];
            var flatOutputs = new int[outputCount];
            for (var s = 0; s < stateCount; s++)
            {
                var e = edgeStart[s];
                foreach (var (cls, child) in _children[s].OrderBy(kv => kv.Key))
                {
                    edgeClass[e] = cls;
                    edgeTarget[e] = child;
                    e++;
                }

                outputs[s].CopyTo(flatOutputs, outputStart[s]);
            }

            return new PhraseMatcher(
                [.. patterns], classOf, rootNext, edgeStart, edgeClass, edgeTarget, fail, outputStart, flatOutputs);
        }
    }
}
