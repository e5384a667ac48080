using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Telemetry;

public sealed class TelemetryTests
{
    [Fact]
    public async Task One_event_is_counted_in_our_meters_and_traced_from_ingest_through_the_grains_to_the_push()
    {
        var metrics = new List<MetricSnapshot>();
        var spans = new ConcurrentQueue<Activity>();
        using var app = new InMemoryTelemetryFactory(metrics, spans);
        using var ingest = app.CreateIngestClient();

        // Other servers of the test run share the process's activity sources: our request carries its own trace id.
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/events")
        {
            Content = JsonContent.Create(new object[] { Events.Customer("c-otel", "u-otel", "c-otel-1", "再不退款我就投诉到12315", Events.Now, storeId: "store-otel") }),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        (await ingest.SendAsync(request)).EnsureSuccessStatusCode();

        var push = await EventuallyAsync(() => spans.FirstOrDefault(s => s.DisplayName == "push alertRaised" && s.TraceId == traceId));
        var byId = spans.Where(s => s.TraceId == traceId).ToDictionary(s => s.SpanId);
        var chain = new List<Activity> { push };
        while (byId.TryGetValue(chain[^1].ParentSpanId, out var parent))
        {
            chain.Add(parent);
        }

        Assert.All(chain, s => Assert.Equal(push.TraceId, s.TraceId));
        Assert.Equal("Microsoft.AspNetCore", chain[^1].Source.Name);
        Assert.Equal("POST /api/events", chain[^1].DisplayName);
        Assert.Contains(chain, s => s.Source.Name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal));

        app.Services.GetRequiredService<MeterProvider>().ForceFlush();
        double Sum(string name) => metrics.Where(m => m.Name == name).SelectMany(m => m.MetricPoints).Sum(p => (double)p.GetSumLong());
        Assert.True(Sum("realtime.events.accepted") >= 1);
        Assert.True(Sum("realtime.messages.scored") >= 1);
        var raised = metrics.Where(m => m.Name == "realtime.alerts.raised").SelectMany(m => m.MetricPoints).ToList();
        Assert.Contains(raised, p => Tags(p).Contains(new("alert.kind", "complaint.risk")));
        Assert.Contains(metrics, m => m.Name == "realtime.scoring.duration");
        Assert.Contains(metrics, m => m.Name == "realtime.push.duration");
        Assert.Contains(metrics, m => m.Name == "http.server.request.duration");
        Assert.Contains(metrics, m => m.Name.StartsWith("dotnet.gc", StringComparison.Ordinal) || m.Name.StartsWith("process.runtime", StringComparison.Ordinal));
    }

    private static List<KeyValuePair<string, object?>> Tags(MetricPoint point)
    {
        var tags = new List<KeyValuePair<string, object?>>();
        foreach (var tag in point.Tags)
        {
            tags.Add(tag);
        }

        return tags;
    }

    private static async Task<Activity> EventuallyAsync(Func<Activity?> find)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(15); DateTime.UtcNow < deadline; await Task.Delay(50))
        {
            if (find() is { } found)
            {
                return found;
            }
        }

        throw new Xunit.Sdk.XunitException("no push span within 15 s");
    }

    private sealed class InMemoryTelemetryFactory(List<MetricSnapshot> metrics, ConcurrentQueue<Activity> spans) : RealtimeAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s =>
            {
                s.ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(metrics));
                s.ConfigureOpenTelemetryTracerProvider(t => t.AddProcessor(new SimpleActivityExportProcessor(new QueueExporter(spans))));
            });
        }
    }

    private sealed class QueueExporter(ConcurrentQueue<Activity> spans) : BaseExporter<Activity>
    {
        public override ExportResult Export(in Batch<Activity> batch)
        {
            foreach (var activity in batch)
            {
                spans.Enqueue(activity);
            }

            return ExportResult.Success;
        }
    }
}
