using System.Text.Json;

namespace Realtime.Contracts.Import;

/// <summary>
/// Whether a parsed JSON value holds only text .NET can read: JSON allows an escaped unpaired surrogate
/// (<c>"\ud800"</c>) that no string can carry, and reading or writing it throws far from where it came in.
/// </summary>
public static class JsonUnicode
{
    /// <summary>Every string and property name inside <paramref name="root"/> is valid text (walked without recursion).</summary>
    public static bool IsValid(JsonElement root)
    {
        var pending = new Stack<JsonElement>();
        pending.Push(root);
        try
        {
            while (pending.TryPop(out var e))
            {
                switch (e.ValueKind)
                {
                    case JsonValueKind.String:
                        _ = e.GetString();
                        break;
                    case JsonValueKind.Array:
                        foreach (var item in e.EnumerateArray())
                        {
                            pending.Push(item);
                        }

                        break;
                    case JsonValueKind.Object:
                        foreach (var property in e.EnumerateObject())
                        {
                            if (!IsValid(property.Name))
                            {
                                return false;
                            }

                            pending.Push(property.Value);
                        }

                        break;
                }
            }
        }
        catch (InvalidOperationException)
        {
            return false;
        }

        return true;
    }

    /// <summary>No unpaired surrogate in <paramref name="s"/>.</summary>
    public static bool IsValid(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                return false;
            }
        }

        return true;
    }
}
