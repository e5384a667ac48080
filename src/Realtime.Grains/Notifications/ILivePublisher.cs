using Realtime.Contracts.Alerts;
using Realtime.Contracts.Floor;
using Realtime.Contracts.Hints;
using Realtime.Contracts.Incidents;

namespace Realtime.Grains.Notifications;

/// <summary>How grains reach browsers. The server implements it over SignalR hub contexts (Redis backplane in a cluster).</summary>
public interface ILivePublisher
{
    Task AlertRaisedAsync(Alert alert);

    Task AlertUpdatedAsync(Alert alert);

    Task EscalationRaisedAsync(Alert alert);

    Task IncidentUpdatedAsync(Incident incident);

    Task FloorUpdatedAsync(string? storeId, string? teamId, FloorSnapshot snapshot);

    Task HintAsync(string agentId, Hint hint);
}
