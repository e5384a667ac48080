using System.Text;
using System.Text.RegularExpressions;

namespace Realtime.Training.Data;

/// <summary>
/// The small hand-written files committed with the trainer (<c>Seeds/</c>): chat-style examples, keyword lists for
/// weak labels, cue lists for the Chinese neutral and complaint rules. Chinese text lives here, not in code.
/// </summary>
public sealed class SeedData
{
    private SeedData(string directory)
    {
        Directory = directory;
        SentimentChat = LabelledTextFile.Read(Path.Combine(directory, "sentiment.chat.tsv"));
        Topic = LabelledTextFile.Read(Path.Combine(directory, "topic.seed.tsv"));
        TopicKeywords = LabelledTextFile.Read(Path.Combine(directory, "topic-keywords.tsv"));
        NeutralCues = LabelledTextFile.Read(Path.Combine(directory, "neutral-cues.tsv"));
        ComplaintCues = ReadLines(Path.Combine(directory, "complaint-cues.tsv"));
        ShortTurnWords = ReadLines(Path.Combine(directory, "short-turns.txt"));
        TurnNoise = ReadLines(Path.Combine(directory, "turn-noise.txt"))
            .Select(pattern => new Regex(pattern, RegexOptions.CultureInvariant))
            .ToList();
    }

    public string Directory { get; }

    public IReadOnlyList<LabelledText> SentimentChat { get; }

    public IReadOnlyList<LabelledText> Topic { get; }

    public IReadOnlyList<LabelledText> TopicKeywords { get; }

    public IReadOnlyList<LabelledText> NeutralCues { get; }

    public IReadOnlyList<string> ComplaintCues { get; }

    /// <summary>Words short closings and acknowledgements are made of (<see cref="ShortTurnRule"/>).</summary>
    public IReadOnlyList<string> ShortTurnWords { get; }

    public IReadOnlyList<Regex> TurnNoise { get; }

    public static SeedData Load(string? directory = null) =>
        new(directory ?? Path.Combine(AppContext.BaseDirectory, "Seeds"));

    /// <summary>A dialogue turn without anonymisation tokens and order cards, whitespace collapsed.</summary>
    public string CleanTurn(string text)
    {
        foreach (Regex noise in TurnNoise)
        {
            text = noise.Replace(text, " ");
        }

        return string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static List<string> ReadLines(string path) =>
        File.ReadLines(path, Encoding.UTF8)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();
}
