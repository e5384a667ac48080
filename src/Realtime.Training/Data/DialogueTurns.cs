using System.Text.Json;

namespace Realtime.Training.Data;

/// <summary>Customer turns of the real JD / Taobao chats in <c>dialogues/*.jsonl</c>.</summary>
public static class DialogueTurns
{
    public static IEnumerable<string> Customer(string path)
    {
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using JsonDocument doc = JsonDocument.Parse(line);
            foreach (JsonElement turn in doc.RootElement.GetProperty("turns").EnumerateArray())
            {
                if (turn.GetProperty("role").GetString() == "customer" && turn.GetProperty("text").GetString() is { } text)
                {
                    yield return text;
                }
            }
        }
    }
}
