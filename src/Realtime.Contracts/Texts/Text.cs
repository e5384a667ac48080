using System.Globalization;

namespace Realtime.Contracts.Texts;

/// <summary>
/// A human text as a catalogue key and its arguments. The server renders it in the reader's language with
/// <see cref="TextCatalog"/>; clients can render it themselves from the same key and arguments.
/// </summary>
public sealed record Text(string Key, IReadOnlyDictionary<string, string> Args)
{
    private static readonly IReadOnlyDictionary<string, string> NoArgs = new Dictionary<string, string>();

    public static Text Of(string key) => new(key, NoArgs);

    /// <summary>A text with named arguments; numbers are written with the invariant culture.</summary>
    public static Text Of(string key, params ReadOnlySpan<(string Name, object? Value)> args) => new(key, ArgsOf(args));

    /// <summary>Named arguments as they travel: numbers written with the invariant culture.</summary>
    public static IReadOnlyDictionary<string, string> ArgsOf(params ReadOnlySpan<(string Name, object? Value)> args)
    {
        var values = new Dictionary<string, string>(args.Length);
        foreach (var (name, value) in args)
        {
            values[name] = value switch
            {
                null => string.Empty,
                double d => d.ToString("0.##", CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString() ?? string.Empty,
            };
        }

        return values;
    }

    /// <summary>An argument that is itself a catalogue label (e.g. a topic or PII kind), translated when rendered.</summary>
    public static string Label(string key) => TextCatalog.LabelMark + key;

    /// <summary>A list of catalogue labels, rendered with the reader's list separator.</summary>
    public static string Labels(IEnumerable<string> keys) => string.Join(TextCatalog.ListSeparator, keys.Select(Label));

    /// <summary>This text as the <c>{reason}</c> of <paramref name="key"/>'s template; the outer text carries this one's arguments.</summary>
    public Text Inside(string key) => new(key, new Dictionary<string, string>(Args) { ["reason"] = Label(Key) });

    public string Render(CultureInfo? culture = null) => TextCatalog.Render(Key, Args, culture);
}
