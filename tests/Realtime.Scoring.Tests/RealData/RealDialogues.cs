using System.Text.Json;

namespace Realtime.Scoring.Tests.RealData;

/// <summary>One conversation of <c>../shared/data/dialogues/*.jsonl</c>: its id and its turns (role, text) in order.</summary>
public sealed record RealDialogue(string Id, IReadOnlyList<(string Role, string Text)> Turns);

/// <summary>The real customer-service dialogues the team did not write, read at test time from <c>../shared/data</c>.</summary>
public static class RealDialogues
{
    private static readonly Lazy<IReadOnlyList<RealDialogue>> _all = new(Load);

    public static IReadOnlyList<RealDialogue> All => _all.Value;

    public static IEnumerable<string> AgentTurns => All.SelectMany(d => d.Turns).Where(t => t.Role == "agent").Select(t => t.Text);

    internal static RealDialogue ById(string id) => All.Single(d => d.Id == id);

    private static IReadOnlyList<RealDialogue> Load()
    {
        var directory = Path.Combine(RepositoryRoot(), "..", "shared", "data", "dialogues");
        var files = Directory.GetFiles(directory, "*.jsonl").Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(files);
        var dialogues = new List<RealDialogue>();
        foreach (var file in files)
        {
            foreach (var line in File.ReadLines(file).Where(l => !string.IsNullOrWhiteSpace(l)))
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                var turns = root.GetProperty("turns").EnumerateArray()
                    .Select(t => (t.GetProperty("role").GetString()!, t.GetProperty("text").GetString() ?? ""))
                    .ToArray();
                dialogues.Add(new RealDialogue(root.GetProperty("id").GetString()!, turns));
            }
        }

        return dialogues;
    }

    public static string RepositoryRoot()
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
