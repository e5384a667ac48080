using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Realtime.Server.Tests.Fuzzing;

/// <summary>
/// Generators of arbitrary JSON text built from hostile parts, not picked from a list of known-bad values: strings
/// that are empty, huge, full of control characters, lone surrogates (escaped and raw) and odd Unicode; extreme
/// numbers and dates; deep nesting; objects that use the contract's field names with any value.
/// </summary>
public static class HostileJson
{
    public static readonly string[] EventFields =
    [
        "eventId", "type", "occurredAt", "conversationId", "storeId", "teamId", "platform", "channel", "customerId", "agentId",
        "sender", "text", "rating", "status", "role",
    ];

    private static readonly string[] Words =
    [
        "message", "conversation.started", "agent.assigned", "conversation.closed", "csat", "agent.status", "customer", "agent",
        "bot", "system", "online", "busy", "tmall", "chat", "preSales", "afterSales", "default", "c-fz-1", "a-fz-1", "u-fz-1",
    ];

    /// <summary>One character from the ranges parsers trip on.</summary>
    public static Gen<char> HostileChar() => Gen.Frequency(
        (6, Gen.Choose(0x20, 0x7E).Select(c => (char)c)),
        (2, Gen.Choose(0x00, 0x1F).Select(c => (char)c)),
        (1, Gen.Choose(0x7F, 0x9F).Select(c => (char)c)),
        (2, Gen.Choose(0xD800, 0xDFFF).Select(c => (char)c)),
        (2, Gen.Choose(0x4E00, 0x9FFF).Select(c => (char)c)),
        (1, Gen.Elements('\u200B', '\u200D', '\u202E', '\uFEFF', '\uFFFE', '\uFFFF', '\u0300', '\u3000', '\uFF10', '"', '\\', '/')),
        (1, Gen.Choose(0xA0, 0xFFFD).Select(c => (char)c)));

    /// <summary>Any .NET string, including ones that are not valid Unicode.</summary>
    public static Gen<string> HostileString() => Gen.Frequency(
        (1, Gen.Constant(string.Empty)),
        (8, HostileChar().ArrayOf().Select(cs => new string(cs))),
        (2, Gen.Elements(Words)),
        (2, DateText()),
        (1, NumberText()),
        (1, from c in HostileChar() from n in Gen.Choose(1_000, 20_000) select new string(c, n)));

    /// <summary>Dates: valid near now, at the ends of the range, and out of every range.</summary>
    public static Gen<string> DateText() => Gen.Frequency(
        (3, Gen.Choose(-3 * 86_400, 3 * 86_400).Select(s => DateTimeOffset.UtcNow.AddSeconds(s).ToString("O", CultureInfo.InvariantCulture))),
        (2, Gen.Elements("", "Z", "T", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.9999999Z", "9999-12-31T23:59:59-14:00",
            "0001-01-01T00:00:00+14:00", "1999-12-31T23:59:59Z", "2000-01-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-11-22T24:00:00Z",
            "2026-11-22T08:00:00+99:99", "2026-11-22T08:00:00.12345678901234567890Z", "+002026-11-22T08:00:00Z", "2026-11-22T08:00:00z",
            "2026-11-22", "08:00:00Z", "2026-11-22T08:00:00", "１９９９-１２-３１T00:00:00Z")),
        (3, from year in Gen.Choose(0, 10_000)
            from month in Gen.Choose(0, 13)
            from day in Gen.Choose(0, 32)
            from hour in Gen.Choose(0, 25)
            from minute in Gen.Choose(0, 61)
            from fraction in Gen.Choose(0, 12)
            from offset in Gen.Choose(-1_500, 1_500)
            select $"{year:0000}-{month:00}-{day:00}T{hour:00}:{minute:00}:00{(fraction == 0 ? "" : "." + new string('9', fraction))}" +
                (offset % 7 == 0 ? "Z" : $"{(offset < 0 ? '-' : '+')}{Math.Abs(offset) / 60:00}:{Math.Abs(offset) % 60:00}")));

    public static Gen<string> NumberText() => Gen.Frequency(
        (3, Gen.Choose(-10, 10).Select(n => n.ToString(CultureInfo.InvariantCulture))),
        (2, Gen.Elements("-0", "0.0", "1e308", "-1e309", "1e-400", "2147483647", "2147483648", "-2147483649", "9223372036854775808",
            "123456789012345678901234567890", "3.5", "5.0", "1E1", "0.1e1", "-0.0e-999", "4.9e-324")));

    /// <summary>A JSON string literal; surrogates and controls are escaped as \uXXXX or, sometimes, written raw.</summary>
    public static Gen<string> StringLiteral() =>
        from s in HostileString()
        from raw in Gen.Elements(false, false, true)
        select Quote(s, raw);

    public static Gen<string> Value(int depth) => depth <= 0
        ? Gen.Frequency((4, StringLiteral()), (2, NumberText()), (1, Gen.Elements("true", "false", "null")))
        : Gen.Frequency(
            (4, StringLiteral()),
            (2, NumberText()),
            (1, Gen.Elements("true", "false", "null")),
            (1, Value(depth - 1).ListOf().Resize(6).Select(items => "[" + string.Join(",", items) + "]")),
            (1, Object(depth - 1)),
            (1, from n in Gen.Choose(1, 80) from open in Gen.Elements("[", "{\"a\":") select Nest(n, open)));

    public static Gen<string> Object(int depth) =>
        (from key in Gen.Frequency((3, Gen.Elements(EventFields).Select(f => Quote(f, false))), (1, StringLiteral()))
         from value in Value(depth)
         select key + ":" + value)
        .ListOf().Resize(8).Select(pairs => "{" + string.Join(",", pairs) + "}");

    /// <summary>
    /// An object shaped like an event: each contract field absent, plausible, or any JSON value. Its
    /// <c>eventId</c> never starts with <paramref name="reservedPrefix"/> (the prefix of the known-valid events).
    /// </summary>
    public static Gen<string> EventLike(string reservedPrefix)
    {
        var fields = Gen.Constant(new List<string>());
        foreach (var name in EventFields)
        {
            var (previous, field) = (fields, Field(name, reservedPrefix));
            fields = from list in previous from f in field select new List<string>(list) { f };
        }

        return fields.Select(list => "{" + string.Join(",", list.Where(f => f.Length > 0)) + "}");
    }

    private static Gen<string> Field(string name, string reservedPrefix)
    {
        var plausible = name switch
        {
            "eventId" => HostileString().Where(s => !s.StartsWith(reservedPrefix, StringComparison.Ordinal)).Select(s => Quote(s.Length > 200 ? s[..200] : s, false)),
            "type" => Gen.Elements("message", "conversation.started", "agent.assigned", "conversation.closed", "csat", "agent.status").Select(s => Quote(s, false)),
            "occurredAt" => DateText().Select(s => Quote(s, false)),
            "conversationId" => Gen.Frequency((3, Gen.Choose(0, 299).Select(i => $"c-fz-{i}")), (1, HostileString())).Select(s => Quote(s, false)),
            "sender" => Gen.Elements("customer", "agent", "bot", "system").Select(s => Quote(s, false)),
            "customerId" or "agentId" or "storeId" or "teamId" => Gen.Frequency((3, Gen.Choose(0, 50).Select(i => $"{name[0]}-fz-{i}")), (1, HostileString())).Select(s => Quote(s, false)),
            "text" => HostileString().Select(s => Quote(s, false)),
            "rating" => NumberText(),
            _ => HostileString().Select(s => Quote(s, false)),
        };
        return Gen.Frequency(
            (name is "eventId" or "type" or "occurredAt" ? 1 : 3, Gen.Constant(string.Empty)),
            (6, plausible.Select(v => Quote(name, false) + ":" + v)),
            (1, Value(2).Select(v => Quote(name, false) + ":" + v)));
    }

    /// <summary>Bytes of a JSON text, sometimes damaged: cut short, a byte changed, invalid UTF-8 inserted.</summary>
    public static Gen<byte[]> Mangled(Gen<string> json) =>
        from text in json
        from how in Gen.Choose(0, 5)
        from at in Gen.Choose(0, int.MaxValue)
        from b in Gen.Choose(0, 255)
        select Mangle(Encoding.UTF8.GetBytes(text), how, at, (byte)b);

    private static byte[] Mangle(byte[] bytes, int how, int at, byte b)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }

        var i = at % bytes.Length;
        return how switch
        {
            0 => bytes[..i],
            1 => [.. bytes[..i], b, .. bytes[(i + 1)..]],
            2 => [.. bytes[..i], 0xC3, 0x28, .. bytes[i..]],
            3 => [.. bytes[..i], 0xED, 0xA0, 0x80, .. bytes[i..]],
            _ => bytes,
        };
    }

    private static string Nest(int depth, string open) =>
        string.Concat(Enumerable.Repeat(open, depth)) + "1" + (open == "[" ? new string(']', depth) : new string('}', depth));

    /// <summary>A JSON string literal of <paramref name="s"/>; <paramref name="raw"/> writes surrogates unescaped.</summary>
    public static string Quote(string s, bool raw)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        foreach (var c in s)
        {
            if (c is '"' or '\\')
            {
                sb.Append('\\').Append(c);
            }
            else if (c < 0x20 || (!raw && char.IsSurrogate(c)))
            {
                sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.Append('"').ToString();
    }
}
