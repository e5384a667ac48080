using System.Text.Json;

namespace Realtime.Server.Demo;

/// <summary>Demo conversations, read from the UTF-8 data file <c>Demo/demo-scripts.json</c>.</summary>
public sealed record DemoScripts(IReadOnlyList<DemoStore> Stores, IReadOnlyList<DemoScript> Scripts)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static DemoScripts Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Demo", "demo-scripts.json");
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<DemoScripts>(stream, Json) ?? throw new InvalidDataException($"{path} is empty.");
    }
}

/// <summary>A demo store; <see cref="Languages"/> are the cross-border languages it also serves (ja, de, fr, es).</summary>
public sealed record DemoStore(string StoreId, string Platform, string Language, string Currency, IReadOnlyList<string>? Languages = null)
{
    public bool Serves(string language) => Language == language || (Languages?.Contains(language) ?? false);
}

/// <summary>A scripted conversation; <see cref="Weight"/> (default 1) is how often it plays relative to the others.</summary>
public sealed record DemoScript(string Name, string Language, string Team, string Role, int? Csat, DemoProduct? Product, IReadOnlyList<DemoTurn> Turns, double Weight = 1)
{
    /// <summary>A script drawn in proportion to its weight, from a uniform number in [0, 1).</summary>
    public static DemoScript Pick(IReadOnlyList<DemoScript> scripts, double uniform)
    {
        var target = uniform * scripts.Sum(s => s.Weight);
        foreach (var script in scripts)
        {
            target -= script.Weight;
            if (target < 0)
            {
                return script;
            }
        }

        return scripts[^1];
    }
}

/// <summary>What a pre-sales script's customer may buy: the unit price and the share of conversations that order.</summary>
public sealed record DemoProduct(string Sku, string Name, decimal Price, double OrderShare);

/// <summary>One turn: <c>c</c> (customer) or <c>a</c> (agent) text, after <c>wait</c> seconds.</summary>
public sealed record DemoTurn(string? C, string? A, double? Wait);
