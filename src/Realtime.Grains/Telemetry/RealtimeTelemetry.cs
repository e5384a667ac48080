using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Realtime.Grains.Telemetry;

/// <summary>
/// The service's own meter and activity source (<c>Realtime</c>); the names and units are listed in docs/operating.md.
/// Static like the runtime's own instruments, so plain classes and grains record with one line.
/// </summary>
public static class RealtimeTelemetry
{
    public const string Name = "Realtime";

    /// <summary>Tag names on our instruments (OpenTelemetry attribute names, not catalogue texts).</summary>
    public const string AlertKindTag = "alert.kind";
    public const string AlertSeverityTag = "alert.severity";
    public const string WebhookKindTag = "webhook.kind";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter s_meter = new(Name);

    public static readonly Counter<long> EventsAccepted = s_meter.CreateCounter<long>(
        "realtime.events.accepted", "{event}", "Ingested events applied.");

    public static readonly Counter<long> EventsDuplicated = s_meter.CreateCounter<long>(
        "realtime.events.duplicated", "{event}", "Ingested events whose eventId was already applied (changed nothing).");

    public static readonly Counter<long> EventsRejected = s_meter.CreateCounter<long>(
        "realtime.events.rejected", "{event}", "Ingested events not applied (invalid, or retry=true).");

    public static readonly Counter<long> MessagesScored = s_meter.CreateCounter<long>(
        "realtime.messages.scored", "{message}", "Messages scored (rules, PII, models).");

    public static readonly Histogram<double> ScoringDuration = s_meter.CreateHistogram<double>(
        "realtime.scoring.duration", "s", "Time to score one message.");

    public static readonly Counter<long> AlertsRaised = s_meter.CreateCounter<long>(
        "realtime.alerts.raised", "{alert}", "Alerts raised, by alert.kind and alert.severity.");

    public static readonly Histogram<double> PushDuration = s_meter.CreateHistogram<double>(
        "realtime.push.duration", "s", "Time to hand one push to SignalR (and its backplane), by push.method.");

    public static readonly Counter<long> WebhookDeliveries = s_meter.CreateCounter<long>(
        "realtime.webhooks.deliveries", "{delivery}", "Webhook deliveries, by webhook.kind and outcome (delivered | failed).");
}
