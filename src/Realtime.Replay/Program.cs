using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Realtime.Replay;
using Realtime.Replay.Evaluation;
using Spectre.Console;

if (args.Length > 0 && args[0] == AlertEvaluationCommand.Name)
{
    return AlertEvaluationCommand.Run(args[1..], Console.Out);
}

var (options, error) = ReplayOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(ReplayOptions.Usage);
    return 2;
}

if (!File.Exists(options.File))
{
    Console.Error.WriteLine($"{options.File}: no such file");
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var services = new ServiceCollection();
services.AddHttpClient(Clients.Ingest, c => Clients.Configure(c, options))
    .AddStandardResilienceHandler();
services.AddHttpClient(Clients.Import, c =>
{
    Clients.Configure(c, options);
    c.Timeout = Timeout.InfiniteTimeSpan;
});
await using var provider = services.BuildServiceProvider();
var http = provider.GetRequiredService<IHttpClientFactory>();
var totals = new ReplayTotals();
var clock = Stopwatch.StartNew();
try
{
    if (options.Historical)
    {
        var length = new FileInfo(options.File).Length;
        var result = await AnsiConsole.Progress().AutoClear(false).StartAsync(async ctx =>
        {
            var task = ctx.AddTask($"importing {Path.GetFileName(options.File)}", maxValue: Math.Max(1, length));
            var uploader = new ImportUploader(http.CreateClient(Clients.Import), options);
            return await uploader.UploadAsync(n => task.Increment(n), cancel.Token);
        });
        totals.Add(result.Records, result.Accepted, result.Duplicates, result.Rejected);
        foreach (var e in result.Errors.Take(10))
        {
            totals.Error($"line {e.Line}: {e.Error}");
        }
    }
    else
    {
        var loaded = await ReplayFileReader.ReadAsync(options, DateTimeOffset.UtcNow, cancel.Token);
        clock.Restart();
        await AnsiConsole.Progress().AutoClear(false).StartAsync(async ctx =>
        {
            var task = ctx.AddTask($"replaying {Path.GetFileName(options.File)}", maxValue: Math.Max(1, loaded.Events.Count));
            var replayer = new Replayer(new BatchPoster(http.CreateClient(Clients.Ingest), totals), options);
            await replayer.RunAsync(loaded.Events, loaded.Pace, n => task.Increment(n), cancel.Token);
        });
    }
}
catch (Exception ex) when (ex is Realtime.Contracts.Texts.TextException or InvalidDataException or HttpRequestException or OperationCanceledException or NotSupportedException)
{
    AnsiConsole.MarkupLineInterpolated($"[red]stopped:[/] {ex.Message}");
    Summary.Print(totals, clock.Elapsed);
    return 1;
}

Summary.Print(totals, clock.Elapsed);
return totals.FailedBatches > 0 ? 1 : 0;
