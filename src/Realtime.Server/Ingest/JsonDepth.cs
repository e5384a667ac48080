using System.Text.Json;

namespace Realtime.Server.Ingest;

/// <summary>Nesting limits: a body may nest <see cref="MaxBody"/> levels, one event <see cref="MaxEvent"/>.</summary>
public static class JsonDepth
{
    /// <summary>Deeper than this the body is not read at all (<c>400</c>).</summary>
    public const int MaxBody = 1_024;

    /// <summary>An event nested deeper than this (in a field we ignore) is rejected alone, and the batch is read on.</summary>
    public const int MaxEvent = 16;

    /// <summary>Skips the value the reader is on, token by token (no recursion); answers the deepest token depth inside it.</summary>
    public static int Skip(ref Utf8JsonReader reader)
    {
        var start = reader.CurrentDepth;
        var deepest = start;
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return deepest;
        }

        while (reader.Read())
        {
            deepest = Math.Max(deepest, reader.CurrentDepth);
            if (reader.CurrentDepth == start && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                break;
            }
        }

        return deepest;
    }
}
