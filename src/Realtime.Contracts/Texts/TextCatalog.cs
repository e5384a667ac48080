using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text;

namespace Realtime.Contracts.Texts;

/// <summary>
/// The catalogue of server texts: <c>Texts.resx</c> (English, the neutral resources) and <c>Texts.zh.resx</c>
/// (Chinese). Templates name their arguments in braces: <c>"Customer waited {seconds} s"</c>.
/// </summary>
public static class TextCatalog
{
    /// <summary>Marks an argument value as a catalogue key to translate (<c>"#label.topic.logistics"</c>).</summary>
    public const char LabelMark = '#';

    /// <summary>Separates the items of a label-list argument on the wire.</summary>
    public const string ListSeparator = ",";

    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static readonly ResourceManager Resources = new("Realtime.Contracts.Texts.Texts", typeof(TextCatalog).Assembly);

    /// <summary>The template of <paramref name="key"/> in <paramref name="culture"/> (falling back to English), or null.</summary>
    public static string? Template(string key, CultureInfo culture) => Resources.GetString(key, culture);

    /// <summary>Every key and template of one language, its own entries only (no fallback).</summary>
    public static IReadOnlyDictionary<string, string> Entries(CultureInfo culture)
    {
        var neutral = culture.TwoLetterISOLanguageName == "zh" ? CultureInfo.GetCultureInfo("zh") : CultureInfo.InvariantCulture;
        var set = Resources.GetResourceSet(neutral, createIfNotExists: true, tryParents: false);
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (set is not null)
        {
            foreach (DictionaryEntry entry in set)
            {
                entries[(string)entry.Key] = (string)entry.Value!;
            }
        }

        return entries;
    }

    public static string Render(Text text, CultureInfo? culture = null) => Render(text.Key, text.Args, culture);

    /// <summary>
    /// Renders a key with its arguments in <paramref name="culture"/> (the current UI culture when null). An unknown key
    /// renders as the key itself, so a missing entry shows up instead of vanishing.
    /// </summary>
    public static string Render(string key, IReadOnlyDictionary<string, string>? args, CultureInfo? culture = null) =>
        Render(key, args, culture ?? CultureInfo.CurrentUICulture, nested: false);

    private static string Render(string key, IReadOnlyDictionary<string, string>? args, CultureInfo culture, bool nested)
    {
        var template = Template(key, culture) ?? key;
        if (args is null || args.Count == 0 || template.IndexOf('{') < 0)
        {
            return template;
        }

        var result = new StringBuilder(template.Length + 32);
        var at = 0;
        while (at < template.Length)
        {
            var open = template.IndexOf('{', at);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (close < 0)
            {
                result.Append(template, at, template.Length - at);
                break;
            }

            result.Append(template, at, open - at);
            var name = template.Substring(open + 1, close - open - 1);
            if (args.TryGetValue(name, out var value))
            {
                // One level deep: a nested text's own label arguments are translated, but not rendered with arguments.
                result.Append(nested ? Argument(value, culture) : Argument(value, culture, args));
            }
            else
            {
                result.Append(template, open, close - open + 1);
            }

            at = close + 1;
        }

        return result.ToString();
    }

    /// <summary>
    /// An argument as the reader sees it: label references translated (rendered with the same arguments, one level
    /// deep; without arguments below that), lists joined the reader's way.
    /// </summary>
    public static string Argument(string value, CultureInfo culture, IReadOnlyDictionary<string, string>? args = null)
    {
        if (value.Length == 0 || value[0] != LabelMark)
        {
            return value;
        }

        var items = value.Split(ListSeparator);
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = LabelOf(items[i], culture, args);
        }

        return string.Join(culture.TwoLetterISOLanguageName == "zh" ? "、" : ", ", items);
    }

    /// <summary>A label reference's text; an unknown one (a store's own disclosure name) shows its last part as written.</summary>
    private static string LabelOf(string item, CultureInfo culture, IReadOnlyDictionary<string, string>? args)
    {
        if (item.Length == 0 || item[0] != LabelMark)
        {
            return item;
        }

        var key = item[1..];
        if (Template(key, culture) is not null)
        {
            return Render(key, args, culture, nested: true);
        }

        var dot = key.IndexOf('.', key.StartsWith("label.", StringComparison.Ordinal) ? "label.".Length : 0);
        return dot < 0 ? key : key[(dot + 1)..];
    }
}
