using System.Collections.Frozen;
using System.Reflection;
using System.Text;

namespace Realtime.Scoring.Rulesets;

/// <summary>
/// The phrase lists shipped as UTF-8 data files, <c>Data/phrases/{language}/{list}.txt</c>: one phrase a line, <c>#</c>
/// starts a comment line. The zh and en lists are merged and apply to every message; the ja, de, fr and es lists apply
/// to messages in their language (docs/languages.md).
/// </summary>
internal static class BuiltInPhrases
{
    private const string Marker = ".Data.phrases.";

    /// <summary>Languages whose lists are merged into the ruleset's <c>phrases</c>, applied to every message.</summary>
    internal static readonly IReadOnlyList<string> SharedLanguages = ["en", "zh"];

    /// <summary>Languages whose lists go to the ruleset's <c>languagePhrases</c>, applied to that language only.</summary>
    internal static readonly IReadOnlyList<string> ScopedLanguages = ["ja", "de", "fr", "es"];

    private static readonly Lazy<FrozenDictionary<(string Language, string List), string[]>> _lists = new(Load);

    /// <summary>A shared (zh + en) list by name (<c>banned</c>, <c>disclosure.refund_return.returnAddress</c>, …); empty when unknown.</summary>
    internal static IReadOnlyList<string> List(string name) =>
        SharedLanguages.SelectMany(language => List(language, name)).Distinct().ToArray();

    /// <summary>One language's list by name; empty when unknown.</summary>
    internal static IReadOnlyList<string> List(string language, string name) =>
        _lists.Value.TryGetValue((language, name), out var phrases) ? phrases : [];

    /// <summary>The list names shipped for one language.</summary>
    internal static IEnumerable<string> ListNames(string language) =>
        _lists.Value.Keys.Where(key => key.Language == language).Select(key => key.List).Order(StringComparer.Ordinal);

    internal static IEnumerable<string> ListNames() => _lists.Value.Keys.Select(key => key.List).Distinct();

    private static FrozenDictionary<(string, string), string[]> Load()
    {
        var assembly = typeof(BuiltInPhrases).Assembly;
        var lists = new Dictionary<(string, string), string[]>();
        foreach (var resource in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            var at = resource.IndexOf(Marker, StringComparison.Ordinal);
            if (at < 0 || !resource.EndsWith(".txt", StringComparison.Ordinal))
            {
                continue;
            }

            // "{language}.{list}.txt" → (language, list)
            var rest = resource[(at + Marker.Length)..^".txt".Length];
            var dot = rest.IndexOf('.', StringComparison.Ordinal);
            lists[(rest[..dot], rest[(dot + 1)..])] = [.. ReadPhrases(assembly, resource).Distinct()];
        }

        return lists.ToFrozenDictionary();
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
