using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Realtime.Storage.AzureTable.Storage;

/// <summary>
/// Turns grain ids and state names into Azure Table partition and row keys. Azure forbids <c>/ \ # ?</c> and
/// control characters in keys and limits them to 1 KiB of UTF-16 (512 characters, which Azurite enforces); forbidden characters and <c>%</c> itself are escaped as
/// <c>%XX</c> (so the mapping stays one-to-one), and an over-long key keeps its head plus a SHA-256 of the whole.
/// </summary>
public static class TableKeys
{
    /// <summary>Longest key Azure accepts, in characters (1 KiB of UTF-16).</summary>
    public const int MaxKeyLength = 512;

    private const int HashLength = 64;

    /// <summary>The escaped form of <paramref name="value"/>, safe as a partition or row key.</summary>
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        foreach (char character in value)
        {
            if (IsForbidden(character) || character == '%')
            {
                builder.Append('%').Append(((int)character).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(character);
            }
        }

        if (builder.Length <= MaxKeyLength)
        {
            return builder.ToString();
        }

        string escaped = builder.ToString();
        string hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(escaped)));
        return string.Concat(escaped.AsSpan(0, MaxKeyLength - HashLength - 1), "~", hash);
    }

    /// <summary>Whether Azure Table Storage refuses <paramref name="character"/> in a key.</summary>
    public static bool IsForbidden(char character) =>
        character is '/' or '\\' or '#' or '?' || char.IsControl(character);
}
