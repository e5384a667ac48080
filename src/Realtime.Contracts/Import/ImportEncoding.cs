using System.Text;
using System.Text.Unicode;
using Realtime.Contracts.Texts;

namespace Realtime.Contracts.Import;

/// <summary>
/// Picks the text encoding of an import file: an explicit charset wins, then a byte order mark, then UTF-8 when the
/// first bytes are valid UTF-8, else GB18030 (what Excel and most Chinese help desks export when not UTF-8).
/// </summary>
public static class ImportEncoding
{
    public const string Gb18030 = "GB18030";

    static ImportEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Looks at the first bytes of a file; <paramref name="complete"/> says they are the whole file.</summary>
    public static Encoding Detect(ReadOnlySpan<byte> head, bool complete, string? charset = null)
    {
        if (!string.IsNullOrWhiteSpace(charset))
        {
            return Named(charset);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode;
        }

        return Utf8.IsValid(complete ? head : WithoutTrailingPartialSequence(head))
            ? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)
            : Named(Gb18030);
    }

    /// <summary>An encoding by name, code pages included (GB18030, GBK, Big5, Shift_JIS…).</summary>
    public static Encoding Named(string name)
    {
        try
        {
            return Encoding.GetEncoding(name.Trim().Trim('"'));
        }
        catch (ArgumentException)
        {
            throw new TextException(Text.Of("import.unknownCharset", ("charset", name)));
        }
    }

    /// <summary>A multi-byte character cut by the end of the sample would look invalid; leave it out.</summary>
    private static ReadOnlySpan<byte> WithoutTrailingPartialSequence(ReadOnlySpan<byte> head)
    {
        for (var i = head.Length - 1; i >= 0 && i >= head.Length - 4; i--)
        {
            if ((head[i] & 0xC0) != 0x80)
            {
                return head[i] < 0x80 ? head : head[..i];
            }
        }

        return head;
    }
}
