using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Realtime.Server.Auth;

namespace Realtime.Server.Hubs;

/// <summary>On-call leads' feed of escalations. A connection joins its scope's group at once.</summary>
[Authorize(Roles = $"{Roles.Admin},{Roles.OnCall},{Roles.Supervisor}")]
public sealed class OnCallHub : Hub<IOnCallClient>
{
    public override async Task OnConnectedAsync()
    {
        var scope = AccessScope.From(Context.User!);
        var stores = scope.StoreIds.Count == 0 || scope.IsAdmin ? [null] : scope.StoreIds.Cast<string?>().ToList();
        var teams = scope.TeamIds.Count == 0 || scope.IsAdmin ? [null] : scope.TeamIds.Cast<string?>().ToList();
        foreach (var store in stores)
        {
            foreach (var team in teams)
            {
                await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.OnCall(store, team));
            }
        }

        await base.OnConnectedAsync();
    }
}
