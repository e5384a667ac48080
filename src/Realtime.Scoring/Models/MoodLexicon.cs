using System.Collections.Frozen;
using Realtime.Scoring.Text;

namespace Realtime.Scoring.Models;

/// <summary>
/// Mood, complaint risk and a topic cue for customer messages in ja, de, fr and es, which the shipped zh/en models cannot
/// read: team-written lexicons (<c>Data/mood</c>) with negators (nicht gut → negative), intensifiers (sehr) and
/// escalation markers (immer noch, sofort). Accuracy on a team-written set is in docs/languages.md. Thread-safe.
/// </summary>
public static class MoodLexicon
{
    private const int NegatorWindow = 3;
    private const double NegatedPositive = -1.0;
    private const double NegatedNegative = -0.5;
    private const double IntensifiedWeight = 1.5;
    private const double TopicConfidence = 0.6;

    public static readonly IReadOnlyList<string> Languages = ["ja", "de", "fr", "es"];

    private static readonly Lazy<FrozenDictionary<string, MoodLexiconFile>> _lexicons =
        new(() => Languages.ToFrozenDictionary(l => l, MoodLexiconFile.Load));

    public static bool Supports(string language) => Languages.Contains(language);

    /// <summary>Weight of one complaint-threat or abuse hit in the message (Verbraucherzentrale, 消費者センター, estafadores).</summary>
    private const double ExplicitWeight = 2;

    /// <summary>
    /// The prediction for a customer message in <paramref name="language"/>; null for a language without a lexicon.
    /// <paramref name="explicitHits"/>: the message's complaint-threat and abuse phrase hits, which read as negative.
    /// </summary>
    public static TextPrediction? Predict(string language, string text, int explicitHits = 0)
    {
        if (!Supports(language))
        {
            return null;
        }

        var lexicon = _lexicons.Value[language];
        var folded = TextNormalizer.Normalize(text);
        var (score, negative) = lexicon.Spaced ? ScoreWords(lexicon, folded, out var joined) : ScoreJapanese(lexicon, folded, out joined);
        var risks = lexicon.Risks.Count(r => Contains(lexicon, joined, r));
        score -= risks + (ExplicitWeight * explicitHits);
        negative += risks + (ExplicitWeight * explicitHits);

        var sentiment = score <= -1 ? "negative" : score >= 1 ? "positive" : "neutral";
        var confidence = sentiment == "neutral" ? 0.6 : Math.Min(0.95, 0.55 + (0.1 * Math.Abs(score)));
        var risk = Math.Clamp((0.12 * negative) + (0.15 * risks), 0.02, 0.95);
        var topic = lexicon.Topics.FirstOrDefault(t => Contains(lexicon, joined, t.Cue)).Topic;
        return new TextPrediction(sentiment, confidence, topic ?? "other", topic is null ? 0 : TopicConfidence, risk);
    }

    private static (double Score, double Negative) ScoreWords(MoodLexiconFile lexicon, string folded, out string joined)
    {
        var words = MoodLexiconFile.Words(folded);
        joined = " " + string.Join(' ', words) + " ";
        double score = 0, negative = 0;
        var lastHit = -1;
        for (var i = 0; i < words.Count;)
        {
            var (valence, length) = Lookup(lexicon, words, i);
            if (length == 0)
            {
                i++;
                continue;
            }

            valence = Modify(valence, lexicon, words, i, lastHit);
            score += valence;
            negative += Math.Max(0, -valence);
            lastHit = i + length - 1;
            i += length;
        }

        return (score, negative);
    }

    /// <summary>The longest lexicon entry starting at word <paramref name="i"/>: (valence, words it covers), or (0, 0).</summary>
    private static (double Valence, int Length) Lookup(MoodLexiconFile lexicon, List<string> words, int i)
    {
        for (var n = Math.Min(lexicon.MaxWords, words.Count - i); n >= 1; n--)
        {
            if (lexicon.Valences.TryGetValue(string.Join(' ', words.GetRange(i, n)), out var valence))
            {
                return (valence, n);
            }
        }

        foreach (var (stem, valence) in lexicon.Stems)
        {
            if (words[i].StartsWith(stem, StringComparison.Ordinal))
            {
                return (valence, 1);
            }
        }

        return (0, 0);
    }

    /// <summary>
    /// A negator in the few words before (after the previous hit) flips the valence: "nicht gut" is bad, "nicht schlecht"
    /// only mildly good. An intensifier strengthens.
    /// </summary>
    private static double Modify(double valence, MoodLexiconFile lexicon, List<string> words, int i, int lastHit)
    {
        var modifier = 1.0;
        for (var j = Math.Max(lastHit + 1, i - NegatorWindow); j < i; j++)
        {
            if (words[j] == MoodLexiconFile.ClauseBreak)
            {
                modifier = 1.0;
            }
            else if (lexicon.Negators.Contains(words[j]))
            {
                modifier = Negated(valence);
            }
        }

        for (var j = Math.Max(lastHit + 1, i - 2); j < i; j++)
        {
            if (lexicon.Intensifiers.Contains(words[j]))
            {
                modifier *= IntensifiedWeight;
            }
        }

        return valence * modifier;
    }

    private static double Negated(double valence) => valence > 0 ? NegatedPositive : NegatedNegative;

    private static (double Score, double Negative) ScoreJapanese(MoodLexiconFile lexicon, string folded, out string joined)
    {
        joined = folded;
        double score = 0, negative = 0;
        for (var i = 0; i < folded.Length;)
        {
            var entry = lexicon.Valences.Keys.Where(k => string.CompareOrdinal(folded, i, k, 0, k.Length) == 0).MaxBy(k => k.Length);
            if (entry is null)
            {
                i++;
                continue;
            }

            var valence = lexicon.Valences[entry];
            var after = folded.Substring(i + entry.Length, Math.Min(6, folded.Length - i - entry.Length));
            if (!EndsNegated(entry) && (after.Contains("ない", StringComparison.Ordinal) || after.Contains("ません", StringComparison.Ordinal)))
            {
                valence *= Negated(valence);
            }

            var before = folded[Math.Max(0, i - 6)..i];
            if (lexicon.Intensifiers.Any(w => before.Contains(w, StringComparison.Ordinal)))
            {
                valence *= IntensifiedWeight;
            }

            score += valence;
            negative += Math.Max(0, -valence);
            i += entry.Length;
        }

        return (score, negative);
    }

    private static bool EndsNegated(string entry) =>
        entry.EndsWith("ない", StringComparison.Ordinal) || entry.EndsWith("ません", StringComparison.Ordinal);

    private static bool Contains(MoodLexiconFile lexicon, string joined, string cue) =>
        lexicon.Spaced ? joined.Contains(" " + cue, StringComparison.Ordinal) : joined.Contains(cue, StringComparison.Ordinal);
}
