using System.Collections.Frozen;
using System.Reflection;
using System.Text;

namespace Realtime.Scoring.Rulesets;

/// <summary>
/// The phrase lists shipped as UTF-8 data files, <c>Data/phrases/{zh,en}/{list}.txt</c>: one phrase a line, <c>#</c>
/// starts a comment line. Lists of both languages with the same name are merged.
/// </summary>
internal static class BuiltInPhrases
{
    private const string Marker = ".Data.phrases.";

    private static readonly Lazy<FrozenDictionary<string, IReadOnlyList<string>>> _lists = new(Load);

    /// <summary>A list by name (<c>banned</c>, <c>disclosure.refund_return.returnAddress</c>, …); empty when unknown.</summary>
    internal static IReadOnlyList<string> List(string name) =>
        _lists.Value.TryGetValue(name, out var phrases) ? phrases : [];

    internal static IEnumerable<string> ListNames => _lists.Value.Keys;

    private static FrozenDictionary<string, IReadOnlyList<string>> Load()
    {
        var assembly = typeof(BuiltInPhrases).Assembly;
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            var at = resource.IndexOf(Marker, StringComparison.Ordinal);
            if (at < 0 || !resource.EndsWith(".txt", StringComparison.Ordinal))
            {
                continue;
            }

            // "{lang}.{list}.txt" → list
            var rest = resource[(at + Marker.Length)..^".txt".Length];
            var name = rest[(rest.IndexOf('.', StringComparison.Ordinal) + 1)..];
            if (!lists.TryGetValue(name, out var phrases))
            {
                lists[name] = phrases = [];
            }

            phrases.AddRange(ReadPhrases(assembly, resource));
        }

        return lists.ToFrozenDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value.Distinct().ToArray(), StringComparer.Ordinal);
    }

    private static IEnumerable<string> ReadPhrases(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var phrases = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var phrase = line.Trim();
            if (phrase.Length > 0 && phrase[0] != '#')
            {
                phrases.Add(phrase);
            }
        }

        return phrases;
    }
}
