using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Realtime.Contracts.Alerts;
using Realtime.Grains.Notifications;
using Realtime.Grains.Telemetry;

namespace Realtime.Server.Webhooks;

/// <summary>
/// Queues raised alerts (never blocking the grain that raised them) and delivers each to the matching targets once,
/// through an HttpClient with the standard resilience pipeline (retries with backoff).
/// </summary>
public sealed partial class WebhookDispatcher(
    IOptions<WebhookOptions> options,
    IHttpClientFactory clients,
    WebhookStatus status,
    TimeProvider time,
    ILogger<WebhookDispatcher> logger) : BackgroundService, IAlertSink
{
    public const string HttpClientName = "webhooks";

    private readonly Channel<Alert> _queue = Channel.CreateBounded<Alert>(new BoundedChannelOptions(options.Value.QueueCapacity)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    private readonly RecentDeliveries _delivered = new(options.Value.RememberDeliveries);

    /// <summary>Deliveries remembered against sending twice (bounded by <see cref="WebhookOptions.RememberDeliveries"/>).</summary>
    public int Remembered => _delivered.Count;

    public void Deliver(Alert alert)
    {
        if (options.Value.Targets.Count > 0 && !_queue.Writer.TryWrite(alert))
        {
            LogQueueFull(logger, alert.AlertId);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var alert in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            var targets = options.Value.Targets;
            for (var i = 0; i < targets.Count; i++)
            {
                if (Matches(targets[i], alert) && _delivered.TryAdd($"{i}|{alert.AlertId}"))
                {
                    await SendAsync(i, targets[i], alert, stoppingToken);
                }
            }
        }
    }

    public static bool Matches(WebhookTarget target, Alert alert)
    {
        var kindOk = target.Kinds.Count == 0 ? alert.Kind == AlertKinds.Escalation : target.Kinds.Contains(alert.Kind);
        return kindOk && Severities.Rank(alert.Severity) >= Severities.Rank(target.MinSeverity);
    }

    private async Task SendAsync(int index, WebhookTarget target, Alert alert, CancellationToken cancellationToken)
    {
        try
        {
            var request = WebhookPayloads.Build(target, alert, time.GetUtcNow());
            using var message = new HttpRequestMessage(HttpMethod.Post, request.Url)
            {
                Content = new StringContent(request.Body, Encoding.UTF8, "application/json"),
            };
            foreach (var (name, value) in request.Headers)
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }

            using var response = await clients.CreateClient(HttpClientName).SendAsync(message, cancellationToken);
            response.EnsureSuccessStatusCode();
            status.Record(index, target, delivered: true, error: null);
            RealtimeTelemetry.WebhookDeliveries.Add(1, new(RealtimeTelemetry.WebhookKindTag, target.Kind), new("outcome", "delivered"));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            status.Record(index, target, delivered: false, error: ex.Message);
            RealtimeTelemetry.WebhookDeliveries.Add(1, new(RealtimeTelemetry.WebhookKindTag, target.Kind), new("outcome", "failed"));
            LogDeliveryFailed(logger, target.Kind, alert.AlertId, ex);
        }
    }

    [LoggerMessage(EventId = 400, Level = LogLevel.Warning, Message = "Webhook queue full; alert {AlertId} not delivered")]
    private static partial void LogQueueFull(ILogger logger, string alertId);

    [LoggerMessage(EventId = 401, Level = LogLevel.Error, Message = "Webhook delivery to a {Kind} target failed for alert {AlertId} after retries")]
    private static partial void LogDeliveryFailed(ILogger logger, string kind, string alertId, Exception ex);
}
