using System.Globalization;
using Realtime.LoadTests.Baseline;
using Realtime.LoadTests.Clocks;
using Realtime.LoadTests.E2e;

// dotnet run -c Release --project tests/Realtime.LoadTests -- e2e [--conversations N] [--rates 1000,5000,max] [--seconds S] [--processes N] [--pairs N]
//                                                            clocks [--conversations 50000] [--warn 90] [--breach 120]
var command = args.FirstOrDefault();
if (Console.IsOutputRedirected)
{
    // Logs and CI: one table row per line, not wrapped at 80 columns.
    Spectre.Console.AnsiConsole.Profile.Width = 200;
}

var options = Options(args.Skip(1).ToArray());
switch (command)
{
    case "baseline-server":
        await BaselineServer.RunAsync(args.Skip(1).ToArray());
        return 0;
    case "e2e":
        await new E2eBenchmark(new E2eSettings
        {
            Conversations = Int("conversations", 10_000),
            Rates = options.TryGetValue("rates", out var rates)
                ? [.. rates.Split(',').Select(r => r == "max" ? (double?)null : double.Parse(r, CultureInfo.InvariantCulture))]
                : new E2eSettings().Rates,
            PhaseDuration = TimeSpan.FromSeconds(Int("seconds", 15)),
            Interleave = Int("interleave", 10),
            Stores = Int("stores", 4),
            BuildServer = !options.ContainsKey("no-build"),
            Processes = Int("processes", 0),
            Settle = TimeSpan.FromSeconds(Int("settle", 0)),
            Pairs = Int("pairs", 0),
        }).RunAsync();
        return 0;
    case "clocks":
        await new ClocksBenchmark(new ClocksSettings
        {
            Conversations = Int("conversations", 50_000),
            Stores = Int("stores", 10),
            WarnSeconds = Int("warn", 90),
            BreachSeconds = Int("breach", 120),
            BuildServer = !options.ContainsKey("no-build"),
        }).RunAsync();
        return 0;
    default:
        Console.Error.WriteLine("usage: Realtime.LoadTests e2e [--conversations N] [--rates 1000,5000,max] [--seconds S] [--interleave W] [--stores K] [--processes N] [--settle S] [--pairs N] [--no-build]");
        Console.Error.WriteLine("       Realtime.LoadTests clocks [--conversations N] [--stores K] [--warn S] [--breach S] [--no-build]");
        Console.Error.WriteLine("       Realtime.LoadTests baseline-server   (started by e2e)");
        return 2;
}

int Int(string name, int fallback) => options.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

static Dictionary<string, string> Options(string[] args)
{
    var result = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i < args.Length; i++)
    {
        if (!args[i].StartsWith("--", StringComparison.Ordinal))
        {
            continue;
        }

        var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
        result[args[i][2..]] = hasValue ? args[++i] : "true";
    }

    return result;
}
