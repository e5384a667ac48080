using System.Buffers;
using Realtime.Scoring.Phrases;

namespace Realtime.Benchmarks.Scoring;

/// <summary>
/// The alternative to <see cref="PhraseMatcher"/>: <see cref="SearchValues{T}"/> of strings finds the next position where
/// some phrase starts, then the phrases starting with that character are checked there. Same results (every match,
/// overlaps included, same boundaries), one match at a time.
/// </summary>
public sealed class SearchValuesPhraseFinder
{
    private readonly SearchValues<string> _values;
    private readonly Dictionary<char, PhrasePattern[]> _byFirstChar;
    private readonly Dictionary<PhrasePattern, int> _index;

    public SearchValuesPhraseFinder(IReadOnlyList<PhrasePattern> patterns)
    {
        _values = SearchValues.Create([.. patterns.Select(p => p.Normalized).Distinct()], StringComparison.Ordinal);
        _byFirstChar = patterns.GroupBy(p => p.Normalized[0]).ToDictionary(g => g.Key, g => g.ToArray());
        _index = patterns.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
    }

    public void FindAll(ReadOnlySpan<char> normalized, List<PhraseMatch> results)
    {
        var position = 0;
        while (position < normalized.Length)
        {
            var found = normalized[position..].IndexOfAny(_values);
            if (found < 0)
            {
                return;
            }

            var start = position + found;
            foreach (var pattern in _byFirstChar[normalized[start]])
            {
                var length = pattern.Normalized.Length;
                if (!normalized[start..].StartsWith(pattern.Normalized, StringComparison.Ordinal)
                    || (pattern.NeedsLeftBoundary && start > 0 && WordChars.IsWordChar(normalized[start - 1]))
                    || (pattern.NeedsRightBoundary && start + length < normalized.Length && WordChars.IsWordChar(normalized[start + length])))
                {
                    continue;
                }

                results.Add(new PhraseMatch(_index[pattern], start, length));
            }

            position = start + 1;
        }
    }
}
