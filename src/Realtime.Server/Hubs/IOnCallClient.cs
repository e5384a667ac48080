using Realtime.Contracts.Alerts;
using Realtime.Contracts.Incidents;

namespace Realtime.Server.Hubs;

/// <summary>Server → browser methods of <c>/hubs/oncall</c>.</summary>
/// <remarks>Method names are camelCase on purpose: they are the wire names of CONTRACT §4, and the .NET client matches them exactly.</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Wire names of the contract.")]
public interface IOnCallClient
{
    Task escalationRaised(Alert alert);

    Task alertUpdated(Alert alert);

    /// <summary>An incident opened, changed, escalated or resolved: its whole current state.</summary>
    Task incidentUpdated(Incident incident);
}
