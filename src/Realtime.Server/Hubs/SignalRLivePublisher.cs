using System.Diagnostics;
using System.Globalization;
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
        RealtimeTelemetry.AlertsRaised.Add(1, new(RealtimeTelemetry.AlertKindTag, alert.Kind), new(RealtimeTelemetry.AlertSeverityTag, alert.Severity));
        return InEachLanguage(nameof(IFloorClient.alertRaised), language =>
            floor.Clients.Groups(HubGroups.In(HubGroups.FloorAudience(alert.StoreId, alert.TeamId), language)).alertRaised(alert));
    }

    public Task AlertUpdatedAsync(Alert alert) => InEachLanguage(nameof(IFloorClient.alertUpdated), language => Task.WhenAll(
        floor.Clients.Groups(HubGroups.In(HubGroups.FloorAudience(alert.StoreId, alert.TeamId), language)).alertUpdated(alert),
        onCall.Clients.Groups(HubGroups.In(HubGroups.OnCallAudience(alert.StoreId, alert.TeamId), language)).alertUpdated(alert)));

    public Task EscalationRaisedAsync(Alert alert) => InEachLanguage(nameof(IOnCallClient.escalationRaised), language =>
        onCall.Clients.Groups(HubGroups.In(HubGroups.OnCallAudience(alert.StoreId, alert.TeamId), language)).escalationRaised(alert));

    public Task IncidentUpdatedAsync(Incident incident) => InEachLanguage(nameof(IFloorClient.incidentUpdated), language => Task.WhenAll(
        floor.Clients.Groups(HubGroups.In(HubGroups.FloorAudience(incident.StoreId, incident.TeamId), language)).incidentUpdated(incident),
        onCall.Clients.Groups(HubGroups.In(HubGroups.OnCallAudience(incident.StoreId, incident.TeamId), language)).incidentUpdated(incident)));

    public Task FloorUpdatedAsync(string? storeId, string? teamId, FloorSnapshot snapshot) => InEachLanguage(nameof(IFloorClient.floorUpdated), language =>
        floor.Clients.Group(HubGroups.In(HubGroups.Floor(storeId, teamId), language)).floorUpdated(snapshot));

    public Task HintAsync(string agentId, Hint hint) => InEachLanguage(nameof(IAgentClient.hint), language =>
        agents.Clients.Group(HubGroups.In(HubGroups.Agent(agentId), language)).hint(hint));

    /// <summary>Sends once per language with that culture current, so rendered texts are serialized in it; one span and one timing per push.</summary>
    private static async Task InEachLanguage(string method, Func<string, Task> send)
    {
        using var activity = RealtimeTelemetry.Source.StartActivity("push " + method, ActivityKind.Producer);
        activity?.SetTag("push.method", method);
        var started = Stopwatch.GetTimestamp();
        try
        {
            foreach (var language in HubLanguage.All)
            {
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
                await send(language);
            }
        }
        finally
        {
            RealtimeTelemetry.PushDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("push.method", method));
        }
    }
}
