using Microsoft.AspNetCore.SignalR;
using Realtime.Contracts.Alerts;
using Realtime.Contracts.Floor;
using Realtime.Contracts.Hints;
using Realtime.Contracts.Incidents;
using Realtime.Grains.Notifications;

namespace Realtime.Server.Hubs;

/// <summary>Grains' pushes, sent through the hub contexts (and so through the Redis backplane in a cluster).</summary>
public sealed class SignalRLivePublisher(
    IHubContext<FloorHub, IFloorClient> floor,
    IHubContext<OnCallHub, IOnCallClient> onCall,
    IHubContext<AgentHub, IAgentClient> agents) : ILivePublisher
{
    public Task AlertRaisedAsync(Alert alert) =>
        floor.Clients.Groups(HubGroups.FloorAudience(alert.StoreId, alert.TeamId)).alertRaised(alert);

    public Task AlertUpdatedAsync(Alert alert) => Task.WhenAll(
        floor.Clients.Groups(HubGroups.FloorAudience(alert.StoreId, alert.TeamId)).alertUpdated(alert),
        onCall.Clients.Groups(HubGroups.OnCallAudience(alert.StoreId, alert.TeamId)).alertUpdated(alert));

    public Task EscalationRaisedAsync(Alert alert) =>
        onCall.Clients.Groups(HubGroups.OnCallAudience(alert.StoreId, alert.TeamId)).escalationRaised(alert);

    public Task IncidentUpdatedAsync(Incident incident) => Task.WhenAll(
        floor.Clients.Groups(HubGroups.FloorAudience(incident.StoreId, incident.TeamId)).incidentUpdated(incident),
        onCall.Clients.Groups(HubGroups.OnCallAudience(incident.StoreId, incident.TeamId)).incidentUpdated(incident));

    public Task FloorUpdatedAsync(string? storeId, string? teamId, FloorSnapshot snapshot) =>
        floor.Clients.Group(HubGroups.Floor(storeId, teamId)).floorUpdated(snapshot);

    public Task HintAsync(string agentId, Hint hint) =>
        agents.Clients.Group(HubGroups.Agent(agentId)).hint(hint);
}
