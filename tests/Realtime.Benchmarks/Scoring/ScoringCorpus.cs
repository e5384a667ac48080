using System.Text.Json;
using Realtime.Contracts.Rulesets;
using Realtime.Scoring.Rulesets;

namespace Realtime.Benchmarks.Scoring;

/// <summary>
/// Benchmark inputs: real customer-service turns from <c>../shared/data/dialogues/*.jsonl</c> (all Chinese turns, the
/// English turns repeated until they are a fifth of the mix) and a ruleset of about 2,000 phrases (the built-in lists plus
/// generated product-specific claims, greetings and threats).
/// </summary>
public static class ScoringCorpus
{
    public const double EnglishShare = 0.2;
    public const int TargetPhraseCount = 2_000;

    private static readonly Lazy<string[]> _messages = new(LoadMessages);
    private static readonly Lazy<Ruleset> _ruleset = new(BuildRuleset);

    public static string[] Messages => _messages.Value;

    public static Ruleset Ruleset => _ruleset.Value;

    public static int PhraseCount(Ruleset ruleset) => CompiledRuleset.PhrasesOf(ruleset).Count();

    private static string[] LoadMessages()
    {
        var directory = Path.Combine(FindRepositoryRoot(), "..", "shared", "data", "dialogues");
        var files = Directory.Exists(directory) ? Directory.GetFiles(directory, "*.jsonl") : [];
        if (files.Length == 0)
        {
            throw new InvalidOperationException($"No dialogue files (*.jsonl) in {Path.GetFullPath(directory)}.");
        }

        var chinese = new List<string>();
        var english = new List<string>();
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                using var document = JsonDocument.Parse(line);
                foreach (var turn in document.RootElement.GetProperty("turns").EnumerateArray())
                {
                    var text = turn.GetProperty("text").GetString();
                    if (!string.IsNullOrEmpty(text))
                    {
                        (Path.GetFileName(file).Contains("_en", StringComparison.Ordinal) ? english : chinese).Add(text);
                    }
                }
            }
        }

        if (chinese.Count == 0 || english.Count == 0)
        {
            throw new InvalidOperationException($"Dialogue files in {directory} gave {chinese.Count} Chinese and {english.Count} English turns; both are needed.");
        }

        // Interleave so every slice of the array has the same mix.
        var englishWanted = (int)(chinese.Count * EnglishShare / (1 - EnglishShare));
        var messages = new List<string>(chinese.Count + englishWanted);
        var e = 0;
        for (var c = 0; c < chinese.Count; c++)
        {
            messages.Add(chinese[c]);
            while (e < (long)englishWanted * (c + 1) / chinese.Count)
            {
                messages.Add(english[e % english.Count]);
                e++;
            }
        }

        return [.. messages];
    }

    private static Ruleset BuildRuleset()
    {
        var defaults = DefaultRulesets.For("bench");
        var generated = GeneratedPhrases.Create(TargetPhraseCount - PhraseCount(defaults));
        var phrases = defaults.Phrases;
        return defaults with
        {
            Phrases = phrases with
            {
                Greeting = [.. phrases.Greeting, .. generated.Greeting],
                Closing = [.. phrases.Closing, .. generated.Closing],
                Banned = [.. phrases.Banned, .. generated.Banned],
                ComplaintThreat = [.. phrases.ComplaintThreat, .. generated.ComplaintThreat],
            },
        };
    }

    internal static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Realtime.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Realtime.sln not found above {AppContext.BaseDirectory}.");
    }
}
