using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Realtime.Server.Auth;
using Realtime.Server.Texts;

namespace Realtime.Server.Hubs;

/// <summary>On-call leads' feed of escalations. A connection joins its scope's group at once.</summary>
[Authorize(Roles = $"{Roles.Admin},{Roles.OnCall},{Roles.Supervisor}")]
public sealed class OnCallHub(UserLanguages languages) : Hub<IOnCallClient>
{
    public override async Task OnConnectedAsync()
    {
        var scope = AccessScope.From(Context.User!);
        var stores = scope.StoreIds.Count == 0 || scope.IsAdmin ? [null] : scope.StoreIds.Cast<string?>().ToList();
        var teams = scope.TeamIds.Count == 0 || scope.IsAdmin ? [null] : scope.TeamIds.Cast<string?>().ToList();
        var language = await HubLanguage.OfAsync(Context, languages);
        foreach (var store in stores)
        {
            foreach (var team in teams)
            {
                await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.In(HubGroups.OnCall(store, team), language));
            }
        }

        await base.OnConnectedAsync();
    }
}
