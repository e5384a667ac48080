using System.Globalization;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace Realtime.Server.Tests.Security;

/// <summary>
/// FsCheck generators of ingest input. Every item is generated together with what the server must do with it: a
/// <see cref="FuzzItem.Valid"/> item is a contract-valid event (accepted, or a duplicate when it repeats an earlier one),
/// any other item breaks the contract in one known way and must be rejected with a reason.
/// </summary>
public static class HostileInputs
{
    public const string Store = "store-fz";

    private static readonly string[] HostileTexts =
    [
        "\u202Eevil\u202C 你好", "zero\u200Bwidth\u200D\uFEFF", "😡😡😡 退款!!! 🤬", "Ｆｕｌｌ－ｗｉｄｔｈ　全网最低价", "e\u0301\u0301\u0301\u0301\u0301",
        "<script>alert(1)</script>", "'; DROP TABLE events; --", "{{7*7}} ${jndi:ldap://x}", "\\u0000 not a nul", "\u0000\u0001\u0007 control",
        "再不退款我就投诉到12315", "你有病吧", "电话13812345678", "𠜎𠜱𠝹𠱓 surrogate pairs", "ﷺ ﷽ \u0600\u0601", "",
        "A" + new string('\u0300', 500), "مرحبا שלום", "\uD83D\uDE00", "   ",
    ];

    private static readonly string[] Types = ["conversation.started", "message", "agent.assigned", "conversation.closed", "csat", "agent.status"];

    /// <summary>One item of a batch: its JSON text, and whether the server must accept it.</summary>
    public sealed record FuzzItem(string Json, bool Valid, string? EventId, string? ConversationId, bool IsMessage);

    /// <summary>A contract-valid event with a fresh id from <paramref name="ids"/> (ids are never reused for other content).</summary>
    public static Gen<Dictionary<string, object?>> ValidEvent(Func<string> ids) =>
        from type in Gen.Elements(Types)
        from conversation in Gen.Choose(0, 299)
        from agent in Gen.Choose(0, 19)
        from customer in Gen.Choose(0, 99)
        from text in Text()
        from seconds in Gen.Choose(-86_400, 86_400)
        from sender in Gen.Elements("customer", "agent", "bot", "system")
        from rating in Gen.Choose(1, 5)
        from status in Gen.Elements("online", "busy", "away", "offline")
        from team in Gen.Elements("team-a", "team-b", null)
        select Event(ids(), type, $"c-fz-{conversation}", $"a-fz-{agent}", $"u-fz-{customer}", text, seconds, sender, rating, status, team);

    public static Gen<string> Text() => Gen.Frequency(
        (6, Gen.Elements(HostileTexts)),
        (3, Gen.ArrayOf(Gen.Choose(0x20, 0xD7FF).Select(c => (char)c)).Select(cs => new string(cs))),
        (1, Gen.Choose(1, EventLimitsMaxText / 4).Select(n => new string('长', n))));

    /// <summary>A way to break one event, and the check that it really is broken.</summary>
    public static Gen<Func<Dictionary<string, object?>, string>> Breakage() => Gen.Elements<Func<Dictionary<string, object?>, string>>(
        e => Set(e, "eventId", null),
        e => Set(e, "eventId", 42),
        e => Set(e, "eventId", new string('x', 300)),
        e => Set(e, "eventId", "id\u0000with-nul"),
        e => Set(e, "eventId", LoneSurrogate),
        e => Set(e, "customerId", LoneSurrogate),
        e => Set(e, "type", "message.deleted"),
        e => Set(e, "type", new[] { "message" }),
        e => Set(e, "occurredAt", "2026-11-22 08:00"),
        e => Set(e, "occurredAt", "2026-13-45T25:61:00Z"),
        e => Set(e, "occurredAt", 1700000000),
        e => Set(e, "occurredAt", null),
        e => Set(e, "conversationId", (string)e["type"]! == "agent.status" ? 7 : null),
        e => Set(e, "platform", "myspace"),
        e => Set(e, "channel", new Dictionary<string, object?> { ["x"] = 1 }),
        e => Set(e, "storeId", true),
        e => (string)e["type"]! == "message" ? Set(e, "text", new string('长', EventLimitsMaxText + 1)) : Set(e, "type", 3.5),
        e => (string)e["type"]! == "message" ? Set(e, "sender", "robot") : Set(e, "role", "manager"),
        e => (string)e["type"]! == "csat" ? Set(e, "rating", 6) : Set(e, "rating", "five"),
        e => (string)e["type"]! == "agent.status" ? Set(e, "status", "asleep") : Set(e, "teamId", 12));

    /// <summary>Items that are not event objects at all.</summary>
    public static Gen<string> NotAnObject() => Gen.Elements("1", "\"event\"", "null", "true", "[]", "[{\"eventId\":\"x\"}]", "-0.0e-999", "\"\\ud800\"");

    /// <summary>A batch of items: mostly valid, some broken, some not objects, some repeats of earlier valid ones.</summary>
    public static Gen<List<FuzzItem>> Batch(Func<string> ids) =>
        Gen.Frequency(
                (12, ValidEvent(ids).Select(e => Item(e, valid: true))),
                (5, from e in ValidEvent(ids) from breakIt in Breakage() select Broken(e, breakIt)),
                (1, NotAnObject().Select(json => new FuzzItem(json, false, null, null, false))))
            .ListOf()
            .Resize(150);

    /// <summary>
    /// Whole bodies that are not a batch: each must be a 4xx with a readable reason. Status 202 marks a batch whose every
    /// item must be rejected with a reason.
    /// </summary>
    public static Gen<(byte[] Body, int Status)> BadBody() => Gen.OneOf(
        Gen.Choose(1_025, 1_200).Select(depth => (Utf8(new string('[', depth) + new string(']', depth)), 400)),
        Gen.Choose(1_025, 1_200).Select(depth => (Utf8(string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth)), 400)),
        Gen.Elements("", "{", "[{\"eventId\":", "not json", "\"just a string\"", "42", "true", "null", "{\"eventId\":\"a\",}", "[1,2,,]", "\uFEFF{}x")
            .Select(s => (Utf8(s), 400)),
        Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)).Select(b => (new byte[] { 0xFF }.Concat(b).ToArray(), 400)),
        Gen.Elements("text", "eventId", "customerId").Select(field => (InvalidUtf8In(field), 202)),
        Gen.Choose(200_001, 400_000).Select(n => (Utf8("[\"" + new string('x', n) + "\"]"), 413)),
        Gen.Constant((Utf8("[" + string.Join(",", Enumerable.Repeat("{}", 5_001)) + "]"), 400)));

    /// <summary>Replaced in the JSON text by an escaped lone surrogate, which no .NET string can carry through a serializer.</summary>
    private const string LoneSurrogate = "LONE-SURROGATE";

    private static FuzzItem Item(Dictionary<string, object?> e, bool valid) => new(
        JsonSerializer.Serialize(e).Replace("\"" + LoneSurrogate + "\"", "\"\\ud800x\"", StringComparison.Ordinal), valid, e["eventId"] as string, e.GetValueOrDefault("conversationId") as string, e["type"] as string == "message");

    private static FuzzItem Broken(Dictionary<string, object?> e, Func<Dictionary<string, object?>, string> breakIt)
    {
        breakIt(e);
        return Item(e, valid: false) with { IsMessage = false };
    }

    private static string Set(Dictionary<string, object?> e, string field, object? value)
    {
        e[field] = value;
        return field;
    }

    private const int EventLimitsMaxText = Contracts.Events.EventLimits.MaxTextLength;

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    /// <summary>A message event whose field holds a byte sequence that is not UTF-8 (C3 28).</summary>
    private static byte[] InvalidUtf8In(string field)
    {
        var e = Event("e-fz-utf8", "message", "c-fz-utf8", "a-fz-0", "u-fz-0", "ok", 0, "customer", 1, "online", null);
        e[field] = "INVALID-UTF8";
        var json = Utf8(JsonSerializer.Serialize(e));
        var marker = Utf8("INVALID-UTF8");
        var at = json.AsSpan().IndexOf(marker);
        return [.. json[..at], 0xC3, 0x28, .. json[(at + marker.Length)..]];
    }

    private static Dictionary<string, object?> Event(
        string id, string type, string conversation, string agent, string customer, string text, int seconds, string sender, int rating, string status, string? team)
    {
        var e = new Dictionary<string, object?>
        {
            ["eventId"] = id,
            ["type"] = type,
            ["occurredAt"] = DateTimeOffset.UtcNow.AddSeconds(seconds).ToString("O", CultureInfo.InvariantCulture),
            ["storeId"] = Store,
            ["teamId"] = team,
        };
        if (type != "agent.status")
        {
            e["conversationId"] = conversation;
        }

        switch (type)
        {
            case "conversation.started":
                e["customerId"] = customer;
                break;
            case "message":
                e["sender"] = sender;
                e["text"] = text;
                e[sender == "agent" ? "agentId" : "customerId"] = sender == "agent" ? agent : customer;
                break;
            case "agent.assigned":
                e["agentId"] = agent;
                e["role"] = "afterSales";
                break;
            case "csat":
                e["rating"] = rating;
                break;
            case "agent.status":
                e["agentId"] = agent;
                e["status"] = status;
                break;
        }

        return e;
    }
}
