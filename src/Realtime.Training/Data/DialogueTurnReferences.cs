using System.Text.Json;

namespace Realtime.Training.Data;

/// <summary>
/// Resolves <c>dialogueId#turnIndex</c> references (the second column of <c>Eval/real-chat-*.tsv</c>) to the turn's text
/// in <c>dialogues/*.jsonl</c>, so a labelled set of real chat turns can live in the repository without their text.
/// </summary>
public static class DialogueTurnReferences
{
    public static List<LabelledText> Resolve(IEnumerable<LabelledText> references, string dataDirectory)
    {
        var turns = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (string path in Directory.EnumerateFiles(Path.Combine(dataDirectory, "dialogues"), "*.jsonl"))
        {
            foreach (string line in File.ReadLines(path))
            {
                if (line.Length == 0)
                {
                    continue;
                }

                using JsonDocument doc = JsonDocument.Parse(line);
                turns[doc.RootElement.GetProperty("id").GetString()!] = doc.RootElement.GetProperty("turns").EnumerateArray()
                    .Select(t => t.GetProperty("text").GetString() ?? string.Empty).ToArray();
            }
        }

        var resolved = new List<LabelledText>();
        foreach (LabelledText reference in references)
        {
            int hash = reference.Text.LastIndexOf('#');
            if (hash <= 0 || !int.TryParse(reference.Text.AsSpan(hash + 1), out int index)
                || !turns.TryGetValue(reference.Text[..hash], out string[]? texts) || index >= texts.Length)
            {
                throw new InvalidDataException($"No dialogue turn '{reference.Text}' under {dataDirectory}.");
            }

            resolved.Add(reference with { Text = texts[index] });
        }

        return resolved;
    }
}
