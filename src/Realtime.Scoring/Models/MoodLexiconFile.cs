using System.Reflection;
using System.Text;
using Realtime.Scoring.Phrases;
using Realtime.Scoring.Text;

namespace Realtime.Scoring.Models;

/// <summary>One language's mood lexicon as loaded from <c>Data/mood/{language}.txt</c> (format in the file's header).</summary>
internal sealed class MoodLexiconFile
{
    public Dictionary<string, double> Valences { get; } = new(StringComparer.Ordinal);
    public List<(string Stem, double Valence)> Stems { get; } = [];
    public HashSet<string> Negators { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Intensifiers { get; } = new(StringComparer.Ordinal);
    public List<string> Risks { get; } = [];
    public List<(string Cue, string Topic)> Topics { get; } = [];

    /// <summary>True for languages written with spaces; false for Japanese, matched by substrings.</summary>
    public bool Spaced { get; init; } = true;

    public int MaxWords { get; private set; } = 1;

    internal static MoodLexiconFile Load(string language)
    {
        var assembly = typeof(MoodLexiconFile).Assembly;
        var resource = assembly.GetManifestResourceNames()
            .Single(r => r.EndsWith($".Data.mood.{language}.txt", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lexicon = new MoodLexiconFile { Spaced = language != "ja" };
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (line.Length == 0 || line[0] == '#' || space < 0)
            {
                continue;
            }

            lexicon.Add(line[..space], line[(space + 1)..].Trim());
        }

        return lexicon;
    }

    /// <summary>Folds a phrase as text is folded and, for spaced languages, joins its words with one space.</summary>
    internal string Key(string phrase)
    {
        var folded = TextNormalizer.Normalize(phrase);
        return Spaced ? string.Join(' ', Words(folded)) : folded;
    }

    /// <summary>Stands for a clause break (, . ; ! ?) among the words: a negation does not reach past it.</summary>
    internal const string ClauseBreak = ",";

    /// <summary>The words of folded text: runs of letters and digits (an apostrophe or hyphen splits), and clause breaks.</summary>
    internal static List<string> Words(string folded)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var isWord = i < folded.Length && WordChars.IsWordChar(folded[i]);
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                words.Add(folded[start..i]);
                start = -1;
            }

            if (i < folded.Length && folded[i] is ',' or '.' or ';' or '!' or '?' && words.Count > 0 && words[^1] != ClauseBreak)
            {
                words.Add(ClauseBreak);
            }
        }

        return words;
    }

    private void Add(string kind, string phrase)
    {
        var stem = phrase.EndsWith('*');
        var key = Key(stem ? phrase[..^1] : phrase);
        switch (kind)
        {
            case "NEG":
                Negators.Add(key);
                break;
            case "INT":
                Intensifiers.Add(key);
                break;
            case "RISK":
                Risks.Add(key);
                break;
            default:
                if (kind.StartsWith("TOPIC:", StringComparison.Ordinal))
                {
                    Topics.Add((key, kind["TOPIC:".Length..]));
                }
                else if (stem)
                {
                    Stems.Add((key, double.Parse(kind, System.Globalization.CultureInfo.InvariantCulture)));
                }
                else
                {
                    Valences[key] = double.Parse(kind, System.Globalization.CultureInfo.InvariantCulture);
                    MaxWords = Math.Max(MaxWords, key.Count(c => c == ' ') + 1);
                }

                break;
        }
    }
}
