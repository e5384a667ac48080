using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace Realtime.Server.Tests.Security;

/// <summary>FsCheck generators of ruleset PUT bodies: the default ruleset with one to three hostile edits.</summary>
public static class HostileRulesets
{
    private static readonly string[] NumberPaths =
    [
        "sla.firstResponseWarnSeconds", "sla.firstResponseBreachSeconds", "sla.nextResponseWarnSeconds", "sla.nextResponseBreachSeconds",
        "escalation.ackTimeoutSeconds", "qaLowScoreThreshold", "complaintRiskThreshold", "weights.preSales.conversion", "weights.afterSales.courtesy",
    ];

    private static readonly string[] ListNames = ["greeting", "closing", "apology", "banned", "rude", "complaintThreat"];

    private static readonly string[] HostilePhrases =
    [
        "\u202Eevil", "zero\u200Bwidth", "😡", "Ｆｕｌｌ", "e\u0301\u0301", "(a+)+$", "^(([a-z])+.)+[A-Z]([a-z])+$", ".*.*.*.*=", "", "   ", "\u0000",
        "全网最低价", "lowest price", new string('x', 2_000),
    ];

    /// <summary>A body as JSON text, from the default ruleset <paramref name="baseline"/>.</summary>
    public static Gen<string> Body(string baseline) => Edit().ListOf().Resize(3).Select(edits =>
    {
        var node = JsonNode.Parse(baseline)!;
        foreach (var edit in edits)
        {
            edit(node);
        }

        return node.ToJsonString();
    });

    private static Gen<Action<JsonNode>> Edit() => Gen.OneOf(
        from path in Gen.Elements(NumberPaths)
        from value in Gen.Elements<JsonNode?>(JsonValue.Create(-1), JsonValue.Create(0), JsonValue.Create(int.MaxValue), JsonValue.Create(1e308),
            JsonValue.Create("30"), JsonValue.Create(true), new JsonArray(1, 2), new JsonObject { ["x"] = 1 }, null, JsonValue.Create(45), JsonValue.Create(0.5))
        select (Action<JsonNode>)(n => SetPath(n, path, value?.DeepClone())),
        from list in Gen.Elements(ListNames)
        from phrases in Gen.Elements(HostilePhrases).ListOf().Resize(20)
        select (Action<JsonNode>)(n => Phrases(n)[list] = new JsonArray([.. phrases.Select(p => (JsonNode?)JsonValue.Create(p))])),
        from list in Gen.Elements(ListNames)
        from count in Gen.Choose(5_001, 6_000)
        select (Action<JsonNode>)(n => Phrases(n)[list] = new JsonArray([.. Enumerable.Range(0, count).Select(i => (JsonNode?)JsonValue.Create($"p{i}"))])),
        from depth in Gen.Choose(17, 64)
        select (Action<JsonNode>)(n => n["extra"] = Nested(depth)),
        from key in Gen.Elements("customNote", "__proto__", "constructor", "$type", "💥")
        select (Action<JsonNode>)(n => n[key] = "kept"),
        Gen.Elements<Action<JsonNode>>(
            n => n["phrases"] = null,
            n => n["phrases"] = "banned",
            n => n["repeatContact"] = new JsonArray(new JsonObject { ["count"] = 0, ["windowHours"] = -5, ["severity"] = "apocalyptic" }),
            n => n["disclosures"] = new JsonArray(new JsonObject { ["topic"] = "refund_return", ["required"] = new JsonArray(new JsonObject { ["name"] = "", ["anyOf"] = new JsonArray() }) }),
            n => n["businessHours"] = new JsonObject { ["timeZone"] = "Mars/Olympus_Mons", ["days"] = "always" },
            n => n["storeId"] = "another-store",
            n => n["version"] = 999));

    private static JsonObject Phrases(JsonNode root)
    {
        if (root["phrases"] is not JsonObject phrases)
        {
            root["phrases"] = phrases = new JsonObject();
        }

        return phrases;
    }

    private static JsonNode Nested(int depth)
    {
        JsonNode node = JsonValue.Create(1);
        for (var i = 0; i < depth; i++)
        {
            node = new JsonObject { ["a"] = node };
        }

        return node;
    }

    private static void SetPath(JsonNode root, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var parent = root;
        foreach (var part in parts[..^1])
        {
            if (parent[part] is not JsonObject child)
            {
                parent[part] = child = new JsonObject();
            }

            parent = child;
        }

        parent[parts[^1]] = value;
    }
}
