using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Realtime.Grains.Telemetry;

namespace Realtime.Server.Hosting.Telemetry;

/// <summary>
/// OpenTelemetry metrics and traces: ASP.NET Core, SignalR, HTTP clients, the runtime, Orleans and our own <c>Realtime</c>
/// instruments. OTLP export is on when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (every other <c>OTEL_*</c> variable applies);
/// <c>Telemetry:Prometheus=true</c> serves <c>/metrics</c>; <c>Telemetry:JsonConsole=true</c> writes JSON log lines with trace ids.
/// </summary>
public static class TelemetryHosting
{
    private static readonly string[] OrleansSources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"];

    public static WebApplicationBuilder AddRealtimeTelemetry(this WebApplicationBuilder builder)
    {
        var prometheus = builder.Configuration.GetValue("Telemetry:Prometheus", false);
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? "realtime"))
            .WithMetrics(m =>
            {
                m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation()
                    .AddMeter(RealtimeTelemetry.Name, Realtime.Grains.Ingest.DerivationFailures.MeterName, "Microsoft.Orleans",
                        "Microsoft.AspNetCore.SignalR", "Microsoft.AspNetCore.Http.Connections", "Polly");
                if (prometheus)
                {
                    m.AddPrometheusExporter();
                }
            })
            .WithTracing(t => t.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation()
                .AddSource(RealtimeTelemetry.Name).AddSource(OrleansSources).AddSource("Microsoft.AspNetCore.SignalR.Server"));
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.UseOtlpExporter();
        }

        if (builder.Configuration.GetValue("Telemetry:JsonConsole", false))
        {
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            });
        }

        return builder;
    }

    public static WebApplication MapRealtimeTelemetry(this WebApplication app)
    {
        if (app.Configuration.GetValue("Telemetry:Prometheus", false))
        {
            app.MapPrometheusScrapingEndpoint("/metrics");
        }

        return app;
    }
}
