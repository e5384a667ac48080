using System.Globalization;
using Spectre.Console;

namespace Realtime.Replay;

/// <summary>The closing table: events, accepted, duplicates, rejected, events/s, and the first errors.</summary>
public static class Summary
{
    public static void Print(ReplayTotals totals, TimeSpan elapsed)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        var table = new Table().AddColumn("events").AddColumn("accepted").AddColumn("duplicates").AddColumn("rejected")
            .AddColumn("failed batches").AddColumn("seconds").AddColumn("events/s");
        table.AddRow(
            N(totals.Sent), N(totals.Accepted), N(totals.Duplicates), N(totals.Rejected), N(totals.FailedBatches),
            seconds.ToString("F1", CultureInfo.InvariantCulture), (totals.Sent / seconds).ToString("N0", CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
        foreach (var error in totals.Errors)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]{error}[/]");
        }
    }

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
