using Realtime.Contracts.Alerts;
using Realtime.Contracts.Floor;

namespace Realtime.Server.Hubs;

/// <summary>Server → browser methods of <c>/hubs/floor</c>.</summary>
public interface IFloorClient
{
    Task FloorUpdated(FloorSnapshot snapshot);

    Task AlertRaised(Alert alert);

    Task AlertUpdated(Alert alert);
}
