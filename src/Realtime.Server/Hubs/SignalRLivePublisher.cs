using System.Diagnostics;
using Microsoft.AspNetCore.SignalR;
using Realtime.Contracts.Alerts;
using Realtime.Contracts.Floor;
using Realtime.Contracts.Hints;
using Realtime.Contracts.Incidents;
using Realtime.Grains.Notifications;
using Realtime.Grains.Telemetry;

namespace Realtime.Server.Hubs;

/// <summary>
/// Grains' pushes, sent through the hub contexts (and so through the Redis backplane in a cluster). Each push is a
/// <c>push {method}</c> span (a child of the grain call that made it) timed into <c>realtime.push.duration</c>.
/// </summary>
public sealed class SignalRLivePublisher(
    IHubContext<FloorHub, IFloorClient> floor,
    IHubContext<OnCallHub, IOnCallClient> onCall,
    IHubContext<AgentHub, IAgentClient> agents) : ILivePublisher
{
    public Task AlertRaisedAsync(Alert alert)
    {
        RealtimeTelemetry.AlertsRaised.Add(1, new("alert.kind", alert.Kind), new("alert.severity", alert.Severity));
        return PushAsync(nameof(IFloorClient.alertRaised), () => floor.Clients.Groups(HubGroups.FloorAudience(alert.StoreId, alert.TeamId)).alertRaised(alert));
    }

    public Task AlertUpdatedAsync(Alert alert) => PushAsync(nameof(IFloorClient.alertUpdated), () => Task.WhenAll(
        floor.Clients.Groups(HubGroups.FloorAudience(alert.StoreId, alert.TeamId)).alertUpdated(alert),
        onCall.Clients.Groups(HubGroups.OnCallAudience(alert.StoreId, alert.TeamId)).alertUpdated(alert)));

    public Task EscalationRaisedAsync(Alert alert) => PushAsync(nameof(IOnCallClient.escalationRaised), () =>
        onCall.Clients.Groups(HubGroups.OnCallAudience(alert.StoreId, alert.TeamId)).escalationRaised(alert));

    public Task IncidentUpdatedAsync(Incident incident) => PushAsync(nameof(IFloorClient.incidentUpdated), () => Task.WhenAll(
        floor.Clients.Groups(HubGroups.FloorAudience(incident.StoreId, incident.TeamId)).incidentUpdated(incident),
        onCall.Clients.Groups(HubGroups.OnCallAudience(incident.StoreId, incident.TeamId)).incidentUpdated(incident)));

    public Task FloorUpdatedAsync(string? storeId, string? teamId, FloorSnapshot snapshot) => PushAsync(nameof(IFloorClient.floorUpdated), () =>
        floor.Clients.Group(HubGroups.Floor(storeId, teamId)).floorUpdated(snapshot));

    public Task HintAsync(string agentId, Hint hint) => PushAsync(nameof(IAgentClient.hint), () =>
        agents.Clients.Group(HubGroups.Agent(agentId)).hint(hint));

    private static async Task PushAsync(string method, Func<Task> push)
    {
        using var activity = RealtimeTelemetry.Source.StartActivity("push " + method, ActivityKind.Producer);
        activity?.SetTag("push.method", method);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await push();
        }
        finally
        {
            RealtimeTelemetry.PushDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("push.method", method));
        }
    }
}
