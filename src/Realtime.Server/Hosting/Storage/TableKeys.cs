using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Realtime.Server.Hosting.Storage;

/// <summary>
/// Grain ids as Orleans' Azure Table provider may key them. The provider turns <c>/ \ # ?</c> into <c>_</c>, so ids
/// <c>a/b</c> and <c>a_b</c> would share a row; here those characters, control characters and <c>%</c> itself become
/// <c>%XX</c> first (one-to-one), so the provider finds nothing to replace. A grain type's <c>_</c> is escaped too: the
/// provider joins type and key with <c>_</c>, and only the key may then contain one.
/// </summary>
public static class TableKeys
{
    /// <summary>Longest escaped key kept as it is; a longer one keeps its head and a SHA-256 of the whole.</summary>
    public const int MaxKeyLength = 256;

    private const int HashLength = 64;

    /// <summary>The id whose text the provider turns into a partition key unchanged and unlike any other id's.</summary>
    public static GrainId Escape(GrainId grainId)
    {
        var type = grainId.Type.ToString()!;
        var key = grainId.Key.ToString()!;
        var escapedType = Escape(type, escapeUnderscore: true);
        var escapedKey = Shorten(Escape(key, escapeUnderscore: false));
        return ReferenceEquals(escapedType, type) && ReferenceEquals(escapedKey, key)
            ? grainId
            : GrainId.Create(GrainType.Create(escapedType), IdSpan.Create(escapedKey));
    }

    /// <summary>Whether the provider would replace <paramref name="character"/> or Azure refuses it in a key.</summary>
    public static bool IsUnsafe(char character) => character is '/' or '\\' or '#' or '?' or '%' || char.IsControl(character);

    private static string Escape(string text, bool escapeUnderscore)
    {
        if (!text.AsSpan().ContainsAny(s_unsafe) && !text.Any(char.IsControl) && !(escapeUnderscore && text.Contains('_')))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var character in text)
        {
            if (IsUnsafe(character) || (escapeUnderscore && character == '_'))
            {
                builder.Append('%').Append(((int)character).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(character);
            }
        }

        return builder.ToString();
    }

    // Escaped text never holds "%%" (each '%' starts an escape), so a shortened key never equals an escaped one.
    private static string Shorten(string escaped) =>
        escaped.Length <= MaxKeyLength
            ? escaped
            : string.Concat(
                escaped.AsSpan(0, MaxKeyLength - HashLength - 2),
                "%%",
                Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(escaped))));

    private static readonly System.Buffers.SearchValues<char> s_unsafe = System.Buffers.SearchValues.Create("/\\#?%");
}
