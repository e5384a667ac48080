using System.Globalization;
using System.Text.Json;

namespace Realtime.Server.Connectors.Generic;

/// <summary>
/// The subset of JSONPath a field mapping needs: <c>$.a.b</c>, <c>$.items[0].text</c>, <c>$['key with spaces']</c>.
/// No wildcards or filters: one path names one value.
/// </summary>
public sealed class JsonPathLite
{
    private readonly List<object> _steps;

    private JsonPathLite(string text, List<object> steps)
    {
        Text = text;
        _steps = steps;
    }

    public string Text { get; }

    /// <summary>Parses a path, or explains what is wrong with it.</summary>
    public static (JsonPathLite? Path, string? Error) Parse(string text)
    {
        var steps = new List<object>();
        var s = text.Trim();
        var i = s.StartsWith('$') ? 1 : 0;
        if (i == 0 && s.Length > 0 && s[0] != '.' && s[0] != '[')
        {
            s = "." + s;
        }

        while (i < s.Length)
        {
            if (s[i] == '.')
            {
                var end = s.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? s.Length : end;
                if (end == i + 1)
                {
                    return (null, $"'{text}': empty name at {i}");
                }

                steps.Add(s[(i + 1)..end]);
                i = end;
            }
            else if (s[i] == '[')
            {
                var close = s.IndexOf(']', i);
                if (close < 0)
                {
                    return (null, $"'{text}': '[' without ']'");
                }

                var inner = s[(i + 1)..close].Trim();
                if (inner.Length >= 2 && (inner[0] is '\'' or '"') && inner[^1] == inner[0])
                {
                    steps.Add(inner[1..^1]);
                }
                else if (int.TryParse(inner, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    steps.Add(index);
                }
                else
                {
                    return (null, $"'{text}': [{inner}] is neither an index nor a quoted name");
                }

                i = close + 1;
            }
            else
            {
                return (null, $"'{text}': unexpected '{s[i]}' at {i}");
            }
        }

        return (new JsonPathLite(text, steps), null);
    }

    /// <summary>The value at the path, or null when any step is missing.</summary>
    public JsonElement? Select(JsonElement root)
    {
        var e = root;
        foreach (var step in _steps)
        {
            if (step is string name)
            {
                if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out e))
                {
                    return null;
                }
            }
            else if (e.ValueKind != JsonValueKind.Array || (int)step >= e.GetArrayLength())
            {
                return null;
            }
            else
            {
                e = e[(int)step];
            }
        }

        return e.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : e;
    }
}
