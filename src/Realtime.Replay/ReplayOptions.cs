using System.Globalization;

namespace Realtime.Replay;

/// <summary>The command line: <c>FILE [--speed N|--max] [--target URL] [--api-key KEY] [--batch N] [--historical] …</c>.</summary>
public sealed record ReplayOptions
{
    public const string Usage = """
        usage: Realtime.Replay FILE [options]
          FILE                JSON Lines of CONTRACT events, dialogue lines ({"id","turns":[...]}) or CSV (.csv)
          --speed N           replay at N x the recorded pace (default 1)
          --max               as fast as possible (load generator)
          --target URL        server address (default http://localhost:5080)
          --api-key KEY       ingest key (default: environment REALTIME_API_KEY)
          --batch N           events per POST (default 100)
          --concurrency N     POSTs in flight with --max (default 4)
          --historical        upload to /api/import as history: scored and reported, no live alerts
          --repeat N          play the file N times as new conversations (ids prefixed r1-, r2-, ...)
          --id-prefix P       prefix for dialogue conversation, customer and event ids
          --store S / --team T  store and team of dialogue conversations (default "default", none)
          --start ISO         when the first dialogue starts (default: now; --historical: yesterday 00:00 UTC)
          --spacing SECONDS   time between dialogue starts (default 20)
          --agents N          agent pool for dialogues (default 24)
          --charset NAME      text encoding of a CSV file (default: BOM, else UTF-8 if valid, else GB18030)
          --tz +08:00         offset for CSV times written without one (default +00:00)
        """;

    public required string File { get; init; }
    public double Speed { get; init; } = 1;
    public bool Max { get; init; }
    public Uri Target { get; init; } = new("http://localhost:5080");
    public string? ApiKey { get; init; } = Environment.GetEnvironmentVariable("REALTIME_API_KEY");
    public int Batch { get; init; } = 100;
    public int Concurrency { get; init; } = 4;
    public bool Historical { get; init; }
    public int Repeat { get; init; } = 1;
    public string IdPrefix { get; init; } = string.Empty;
    public string StoreId { get; init; } = "default";
    public string? TeamId { get; init; }
    public DateTimeOffset? Start { get; init; }
    public double SpacingSeconds { get; init; } = 20;
    public int Agents { get; init; } = 24;
    public string? Charset { get; init; }
    public TimeSpan Tz { get; init; }

    /// <summary>The options, or null with the reason.</summary>
    public static (ReplayOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        string? file = null;
        var o = new ReplayOptions { File = string.Empty };
        try
        {
            for (var i = 0; i < args.Count; i++)
            {
                string Next() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{args[i]} needs a value");
                o = args[i] switch
                {
                    "--speed" => o with { Speed = Positive(double.Parse(Next(), CultureInfo.InvariantCulture), "--speed") },
                    "--max" => o with { Max = true },
                    "--target" => o with { Target = new Uri(Next(), UriKind.Absolute) },
                    "--api-key" => o with { ApiKey = Next() },
                    "--batch" => o with { Batch = (int)Positive(int.Parse(Next(), CultureInfo.InvariantCulture), "--batch") },
                    "--concurrency" => o with { Concurrency = (int)Positive(int.Parse(Next(), CultureInfo.InvariantCulture), "--concurrency") },
                    "--historical" => o with { Historical = true },
                    "--repeat" => o with { Repeat = (int)Positive(int.Parse(Next(), CultureInfo.InvariantCulture), "--repeat") },
                    "--id-prefix" => o with { IdPrefix = Next() },
                    "--store" => o with { StoreId = Next() },
                    "--team" => o with { TeamId = Next() },
                    "--start" => o with { Start = DateTimeOffset.Parse(Next(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) },
                    "--spacing" => o with { SpacingSeconds = Positive(double.Parse(Next(), CultureInfo.InvariantCulture), "--spacing") },
                    "--agents" => o with { Agents = (int)Positive(int.Parse(Next(), CultureInfo.InvariantCulture), "--agents") },
                    "--charset" => o with { Charset = Next() },
                    "--tz" => o with { Tz = TimeSpan.Parse(Next().TrimStart('+'), CultureInfo.InvariantCulture) },
                    var a when a.StartsWith("--", StringComparison.Ordinal) => throw new FormatException($"unknown option {a}"),
                    var a when file is null => o with { File = file = a },
                    var a => throw new FormatException($"one FILE only, '{a}' is a second one"),
                };
            }
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or UriFormatException)
        {
            return (null, ex.Message);
        }

        return file is null ? (null, "FILE is required") : (o, null);
    }

    private static double Positive(double value, string name) =>
        value > 0 ? value : throw new FormatException($"{name} must be positive");
}
