using System.Globalization;
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
    public Task AlertRaisedAsync(Alert alert) => InEachLanguage(language =>
        floor.Clients.Groups(HubGroups.In(HubGroups.FloorAudience(alert.StoreId, alert.TeamId), language)).alertRaised(alert));

    public Task AlertUpdatedAsync(Alert alert) => InEachLanguage(language => Task.WhenAll(
        floor.Clients.Groups(HubGroups.In(HubGroups.FloorAudience(alert.StoreId, alert.TeamId), language)).alertUpdated(alert),
        onCall.Clients.Groups(HubGroups.In(HubGroups.OnCallAudience(alert.StoreId, alert.TeamId), language)).alertUpdated(alert)));

    public Task EscalationRaisedAsync(Alert alert) => InEachLanguage(language =>
        onCall.Clients.Groups(HubGroups.In(HubGroups.OnCallAudience(alert.StoreId, alert.TeamId), language)).escalationRaised(alert));

    public Task IncidentUpdatedAsync(Incident incident) => InEachLanguage(language => Task.WhenAll(
        floor.Clients.Groups(HubGroups.In(HubGroups.FloorAudience(incident.StoreId, incident.TeamId), language)).incidentUpdated(incident),
        onCall.Clients.Groups(HubGroups.In(HubGroups.OnCallAudience(incident.StoreId, incident.TeamId), language)).incidentUpdated(incident)));

    public Task FloorUpdatedAsync(string? storeId, string? teamId, FloorSnapshot snapshot) => InEachLanguage(language =>
        floor.Clients.Group(HubGroups.In(HubGroups.Floor(storeId, teamId), language)).floorUpdated(snapshot));

    public Task HintAsync(string agentId, Hint hint) => InEachLanguage(language =>
        agents.Clients.Group(HubGroups.In(HubGroups.Agent(agentId), language)).hint(hint));

    /// <summary>Sends once per language with that culture current, so rendered texts are serialized in it.</summary>
    private static async Task InEachLanguage(Func<string, Task> send)
    {
        foreach (var language in HubLanguage.All)
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            await send(language);
        }
    }
}
