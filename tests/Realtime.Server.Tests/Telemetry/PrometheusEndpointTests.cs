using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Telemetry;

public sealed class PrometheusEndpointTests
{
    [Fact]
    public async Task Metrics_are_served_in_prometheus_format_only_when_switched_on()
    {
        using var on = new PrometheusFactory(enabled: true);
        using var off = new PrometheusFactory(enabled: false);
        using var ingest = on.CreateIngestClient();
        (await ingest.PostAsJsonAsync("/api/events", new object[] { Events.Started("c-prom", "u-prom", Events.Now) })).EnsureSuccessStatusCode();

        using var scrape = on.CreateClient();
        var text = await scrape.GetStringAsync("/metrics");
        using var offClient = off.CreateClient();
        var offAnswer = await offClient.GetAsync("/metrics");

        Assert.Contains("realtime_events_accepted_total", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds_bucket", text, StringComparison.Ordinal);
        Assert.False(offAnswer.IsSuccessStatusCode && (await offAnswer.Content.ReadAsStringAsync()).Contains("realtime_events_accepted", StringComparison.Ordinal));
        Assert.NotEqual(HttpStatusCode.InternalServerError, offAnswer.StatusCode);
    }

    private sealed class PrometheusFactory(bool enabled) : RealtimeAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Telemetry:Prometheus", enabled ? "true" : "false");
        }
    }
}
