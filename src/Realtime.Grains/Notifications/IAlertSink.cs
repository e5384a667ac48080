using Realtime.Contracts.Alerts;

namespace Realtime.Grains.Notifications;

/// <summary>Outbound delivery of raised alerts (webhooks). Must not block: queue and return.</summary>
public interface IAlertSink
{
    void Deliver(Alert alert);
}
