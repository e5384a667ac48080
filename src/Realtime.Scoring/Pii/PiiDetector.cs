namespace Realtime.Scoring.Pii;

/// <summary>Finds personal data in a message: e-mails, phones, cards, ID numbers and street addresses.</summary>
public static class PiiDetector
{
    /// <summary>
    /// Appends non-overlapping matches, ordered by start, to <paramref name="results"/> (which must be empty).
    /// <paramref name="normalized"/> is <paramref name="original"/> folded by <see cref="Text.TextNormalizer"/>.
    /// </summary>
    public static void FindAll(ReadOnlySpan<char> original, ReadOnlySpan<char> normalized, List<PiiMatch> results)
    {
        EmailDetector.FindAll(normalized, results);
        NumberDetector.FindAll(normalized, results);
        AddressDetector.FindAll(original, normalized, results);
        if (results.Count > 1)
        {
            RemoveOverlaps(results);
        }
    }

    private static void RemoveOverlaps(List<PiiMatch> results)
    {
        results.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var kept = 0;
        for (var i = 0; i < results.Count; i++)
        {
            if (kept > 0 && results[i].Start < results[kept - 1].End)
            {
                continue;
            }

            results[kept++] = results[i];
        }

        results.RemoveRange(kept, results.Count - kept);
    }
}
