using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Realtime.Contracts.Texts;
using Realtime.Grains.Floor;
using Realtime.Server.Auth;
using Realtime.Server.Texts;

namespace Realtime.Server.Hubs;

/// <summary>Supervisors' wallboard feed. A client joins one store/team filter within its scope.</summary>
[Authorize(Roles = $"{Roles.Admin},{Roles.Supervisor},{Roles.OnCall}")]
public sealed class FloorHub(FloorWatchers watchers, UserLanguages languages) : Hub<IFloorClient>
{
    private const string CurrentGroup = "floor.group";

    public async Task Subscribe(string? storeId, string? teamId)
    {
        var scope = AccessScope.From(Context.User!);
        storeId = string.IsNullOrWhiteSpace(storeId) ? null : storeId;
        teamId = string.IsNullOrWhiteSpace(teamId) ? null : teamId;
        if (!scope.Reaches(storeId, teamId))
        {
            var why = Text.Of("problem.hub.scope", ("store", storeId ?? "*"), ("team", teamId ?? "*"));
            throw new HubException(why.Render(CultureInfo.GetCultureInfo(await HubLanguage.OfAsync(Context, languages))));
        }

        if (Context.Items.TryGetValue(CurrentGroup, out var previous) && previous is string old)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, old);
        }

        var group = HubGroups.In(HubGroups.Floor(storeId, teamId), await HubLanguage.OfAsync(Context, languages));
        Context.Items[CurrentGroup] = group;
        await Groups.AddToGroupAsync(Context.ConnectionId, group);
        await watchers.SetAsync(Context.ConnectionId, new FloorFilter(storeId, teamId));
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        await watchers.RemoveAsync(Context.ConnectionId);
        await base.OnDisconnectedAsync(exception);
    }
}
