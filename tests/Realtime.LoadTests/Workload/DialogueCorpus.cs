using System.Text.Json;

namespace Realtime.LoadTests.Workload;

/// <summary>Real dialogue text from <c>../shared/data/dialogues/*.jsonl</c>: each dialogue as its turns (customer or agent).</summary>
public sealed class DialogueCorpus
{
    private DialogueCorpus(IReadOnlyList<IReadOnlyList<Turn>> dialogues) => Dialogues = dialogues;

    public IReadOnlyList<IReadOnlyList<Turn>> Dialogues { get; }

    public int TurnCount => Dialogues.Sum(d => d.Count);

    public static DialogueCorpus Load(string directory)
    {
        var dialogues = new List<IReadOnlyList<Turn>>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                using var doc = JsonDocument.Parse(line);
                var turns = doc.RootElement.GetProperty("turns").EnumerateArray()
                    .Select(t => new Turn(t.GetProperty("role").GetString() == "agent", t.GetProperty("text").GetString() ?? string.Empty))
                    .Where(t => t.Text.Length is > 0 and <= 8000)
                    .ToList();
                if (turns.Count > 0)
                {
                    dialogues.Add(turns);
                }
            }
        }

        if (dialogues.Count == 0)
        {
            throw new InvalidOperationException($"No dialogues under {directory}.");
        }

        return new DialogueCorpus(dialogues);
    }

    public readonly record struct Turn(bool FromAgent, string Text);
}
