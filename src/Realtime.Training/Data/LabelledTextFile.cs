using System.Text;

namespace Realtime.Training.Data;

/// <summary>Reads and writes <c>label&lt;TAB&gt;text</c> files (UTF-8, no header), the format of CONTRACT §6.</summary>
public static class LabelledTextFile
{
    public static List<LabelledText> Read(string path)
    {
        var examples = new List<LabelledText>();
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || tab == line.Length - 1)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected 'label<TAB>text'.");
            }

            examples.Add(new LabelledText(line[..tab].Trim(), line[(tab + 1)..]));
        }

        return examples;
    }

    public static void Write(string path, IEnumerable<LabelledText> examples)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        foreach (LabelledText example in examples)
        {
            writer.Write(example.Label);
            writer.Write('\t');
            writer.Write(example.Text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' '));
            writer.Write('\n');
        }
    }
}
