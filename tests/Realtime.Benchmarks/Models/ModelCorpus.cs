using System.Text.Json;

namespace Realtime.Benchmarks.Models;

/// <summary>
/// Inputs of the model benchmarks: every customer turn of the real chats in <c>../shared/data/dialogues/*.jsonl</c>
/// (JD and Taobao in Chinese, Twitter support in English), and the repository's shipped model folder.
/// </summary>
public static class ModelCorpus
{
    public static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Realtime.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Realtime.sln not found above the benchmark binaries.");
    }

    public static string ShippedModels() => Path.Combine(RepositoryRoot(), "src", "Realtime.Server", "Models");

    public static string SharedData() => Path.Combine(RepositoryRoot(), "..", "shared", "data");

    public static string[] CustomerTurns()
    {
        var turns = new List<string>();
        foreach (string file in Directory.GetFiles(Path.Combine(SharedData(), "dialogues"), "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (string line in File.ReadLines(file).Where(l => l.Length > 0))
            {
                using JsonDocument doc = JsonDocument.Parse(line);
                foreach (JsonElement turn in doc.RootElement.GetProperty("turns").EnumerateArray())
                {
                    if (turn.GetProperty("role").GetString() == "customer" && turn.GetProperty("text").GetString() is { Length: > 0 } text)
                    {
                        turns.Add(text);
                    }
                }
            }
        }

        return [.. turns];
    }
}
