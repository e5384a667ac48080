using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Realtime.Contracts.Scoring;
using Realtime.Grains.Agents;
using Realtime.Grains.Reports;
using Realtime.Server.Tests.Support;
using Xunit.Abstractions;

namespace Realtime.Server.Tests.Reports;

/// <summary>
/// The evaluation report over 30 days × 200 agents (3 conversations per agent per day = 18,000 records; seeding goes through the agent grains, which rewrite that month of records per record, so more would make the suite slow), through
/// HTTP on the in-process server. Prints timings (goal: under 200 ms); never fails for slowness.
/// Run: <c>dotnet test tests/Realtime.Server.Tests --filter ReportBenchmarkTests --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class ReportBenchmarkTests(RealtimeAppFactory app, ITestOutputHelper output) : IClassFixture<RealtimeAppFactory>
{
    private const int Agents = 200;
    private const int Days = 30;
    private const int PerDay = 3;
    private const string Store = "store-bench";

    [Fact]
    public async Task Report_over_30_days_and_200_agents_prints_its_timings()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var from = today.AddDays(-Days);
        var seeding = Stopwatch.StartNew();
        await SeedAsync(app.Services.GetRequiredService<IGrainFactory>(), from);
        seeding.Stop();
        using var qa = await app.CreateUserClientAsync("qa");
        var url = $"/api/reports/agents?from={ReportPeriod.DateOf(from)}&to={ReportPeriod.DateOf(today.AddDays(-1))}&storeId={Store}";

        var first = await TimeAsync(qa, url, csv: false);
        var json = new List<double>();
        var csv = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            json.Add((await TimeAsync(qa, url, csv: false)).Ms);
            csv.Add((await TimeAsync(qa, url, csv: true)).Ms);
        }

        var loading = new List<double>();
        IReadOnlyList<AgentRecords> loaded = [];
        for (var i = 0; i < 7; i++)
        {
            var sw = Stopwatch.StartNew();
            loaded = await ReportLoader.LoadAsync(app.Services.GetRequiredService<IGrainFactory>(), app.Services.GetRequiredService<AgentFeed>(), new ReportPeriod(from, today.AddDays(-1)), Store, 3);
            loading.Add(sw.Elapsed.TotalMilliseconds);
        }

        var calc = CalculatorOnly(loaded, from, today);

        var report = JsonDocument.Parse(first.Body).RootElement;
        Assert.Equal(Agents, report.GetProperty("agents").GetArrayLength());
        Assert.Equal(Agents * Days * PerDay, report.GetProperty("total").GetProperty("conversations").GetInt32());
        output.WriteLine($"seeded {Agents * Days * PerDay:N0} records for {Agents} agents in {seeding.ElapsedMilliseconds:N0} ms");
        output.WriteLine($"report JSON ({first.Body.Length:N0} chars): first {first.Ms:0.0} ms; then {Summary(json)}");
        output.WriteLine($"report CSV: {Summary(csv)}");
        output.WriteLine($"loading the records from 200 agent grains: {Summary(loading)}");
        output.WriteLine($"calculator alone, process CPU ms (records already loaded): {Summary(calc)}");
    }

    [Fact]
    public void Calculator_over_120000_records_prints_its_cpu_time()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var from = today.AddDays(-Days);
        var random = new Random(11);
        var agents = Enumerable.Range(0, Agents)
            .Select(a => new AgentRecords($"a-{a:D3}", [.. Enumerable.Range(0, Days * 20).Select(i => Record(random, a, from.AddDays(i / 20), i % 20))]))
            .ToList();

        var calc = CalculatorOnly(agents, from, today);

        output.WriteLine($"calculator, {Agents} agents × {Days} days × 20 = {agents.Sum(a => a.Records.Count):N0} records, process CPU ms: {Summary(calc)}");
        Assert.Equal(Agents, AgentReportCalculator.Calculate(new ReportPeriod(from, today.AddDays(-1)), Store, null, agents, (_, _, _) => true, rollups: false).Agents.Count);
    }

    private static async Task SeedAsync(IGrainFactory grains, DateOnly from)
    {
        var random = new Random(7);
        var agents = Enumerable.Range(0, Agents).Select(a =>
        {
            var records = new List<AgentConversationRecord>(Days * PerDay);
            for (var d = 0; d < Days; d++)
            {
                for (var n = 0; n < PerDay; n++)
                {
                    records.Add(Record(random, a, from.AddDays(d), n));
                }
            }

            return (Id: $"a-bench-{a:D3}", Records: records);
        }).ToList();
        foreach (var batch in agents.Chunk(25))
        {
            await Task.WhenAll(batch.Select(async agent =>
            {
                var grain = grains.GetGrain<IAgentGrain>(agent.Id);
                foreach (var record in agent.Records)
                {
                    await grain.TrackAsync(record, null);
                }
            }));
        }
    }

    private static AgentConversationRecord Record(Random random, int agent, DateOnly day, int n)
    {
        var started = new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero).AddMinutes(n * 25 + random.Next(20));
        var score = Math.Round(60 + random.NextDouble() * 40, 1);
        return new AgentConversationRecord
        {
            ConversationId = $"bench-{agent}-{day.DayNumber}-{n}",
            Date = ReportPeriod.DateOf(day),
            StoreId = Store,
            TeamId = $"team-{agent % 5}",
            CustomerId = $"u-{random.Next(20_000)}",
            TransferredAway = random.Next(20) == 0,
            AgentMessages = random.Next(2, 12),
            FirstResponseSeconds = Math.Round(random.NextDouble() * 90, 1),
            WaitsAnswered = 3,
            WaitsMet = random.Next(4),
            Breaches = random.Next(2),
            Score = score,
            Csat = random.Next(3) == 0 ? random.Next(1, 6) : null,
            HandleSeconds = random.Next(60, 1800),
            ComplianceViolations = random.Next(10) == 0 ? 1 : 0,
            Dimensions = Dimensions.All.ToDictionary(d => d, _ => score),
            StartedAt = started,
            Topics = random.Next(2) == 0 ? ["logistics"] : ["refund_return", "size_fit"],
        };
    }

    private static List<double> CalculatorOnly(IReadOnlyList<AgentRecords> loaded, DateOnly from, DateOnly today)
    {
        var times = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            // Process CPU time, so a loaded machine (shared cores) does not count as slowness of the calculator.
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            AgentReportCalculator.Calculate(new ReportPeriod(from, today.AddDays(-1)), Store, null, loaded, (_, _, _) => true, rollups: true);
            times.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
        }

        return times;
    }

    private static async Task<(double Ms, string Body)> TimeAsync(HttpClient client, string url, bool csv)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (csv)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        }

        var sw = Stopwatch.StartNew();
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        sw.Stop();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (sw.Elapsed.TotalMilliseconds, body);
    }

    private static string Summary(List<double> ms)
    {
        var sorted = ms.Order().ToList();
        return $"n={sorted.Count} min {sorted[0]:0.0} ms, median {sorted[sorted.Count / 2]:0.0} ms, max {sorted[^1]:0.0} ms";
    }
}
