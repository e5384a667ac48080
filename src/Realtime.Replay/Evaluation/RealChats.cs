using System.Text.Json;
using Realtime.Contracts.Import;

namespace Realtime.Replay.Evaluation;

/// <summary>The real dialogues of <c>../shared/data/dialogues/*.jsonl</c>, read at run time (never copied into the repository).</summary>
public static class RealChats
{
    public static readonly string[] Files = ["jddc_zh.jsonl", "ecd_taobao_zh.jsonl", "twcs_sample_en.jsonl"];

    public static List<Dialogue> Read(string dataDirectory)
    {
        var dialogues = new List<Dialogue>();
        foreach (var file in Files)
        {
            var path = Path.Combine(dataDirectory, "dialogues", file);
            foreach (var line in File.ReadLines(path))
            {
                if (line.Length > 0)
                {
                    dialogues.Add(JsonSerializer.Deserialize<Dialogue>(line, ContractJson.Options)
                        ?? throw new InvalidDataException($"{path}: empty dialogue line"));
                }
            }
        }

        return dialogues;
    }

    /// <summary>The nearest <c>../shared/data</c> beside a folder holding Realtime.sln, from the working directory or the binaries.</summary>
    public static string DefaultDataDirectory()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Realtime.sln")))
                {
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
                }
            }
        }

        return Path.GetFullPath(Path.Combine("..", "shared", "data"));
    }

    /// <summary>The shipped models folder of the server project, found the same way.</summary>
    public static string DefaultModelsDirectory()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Realtime.sln")))
                {
                    return Path.Combine(dir.FullName, "src", "Realtime.Server", "Models");
                }
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "Models");
    }
}
