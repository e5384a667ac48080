using System.Reflection;

namespace Realtime.Scoring.Text;

/// <summary>
/// OpenCC's one-character traditional → simplified mappings (embedded <c>Data/opencc/TSCharacters.txt</c>), as a flat
/// table over the CJK range so a lookup is one bounds check and one array read.
/// </summary>
internal static class TraditionalChineseTable
{
    internal const char First = '\u3400';
    internal const char Last = '\u9FFF';
    private const string ResourceSuffix = "Data.opencc.TSCharacters.txt";

    private static readonly char[] _table = Load();

    /// <summary>The simplified form of <paramref name="c"/>, or <paramref name="c"/> itself.</summary>
    internal static char ToSimplified(char c) => c is >= First and <= Last ? _table[c - First] : c;

    internal static int MappingCount { get; private set; }

    private static char[] Load()
    {
        var table = new char[Last - First + 1];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = (char)(First + i);
        }

        var assembly = typeof(TraditionalChineseTable).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(ResourceSuffix, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var count = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length != 3 || line[0] == '#' || line[1] != '\t')
            {
                continue;
            }

            var traditional = line[0];
            if (traditional is >= First and <= Last)
            {
                table[traditional - First] = line[2];
                count++;
            }
        }

        MappingCount = count;
        return table;
    }
}
