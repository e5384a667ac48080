using Realtime.Contracts.Alerts;

namespace Realtime.Server.Hubs;

/// <summary>Server → browser methods of <c>/hubs/oncall</c>.</summary>
public interface IOnCallClient
{
    Task EscalationRaised(Alert alert);

    Task AlertUpdated(Alert alert);
}
