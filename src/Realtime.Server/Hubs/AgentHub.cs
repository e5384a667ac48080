using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Realtime.Server.Auth;
using Realtime.Server.Texts;

namespace Realtime.Server.Hubs;

/// <summary>One agent's in-chat hints. The connection joins the group of the agent id in its token, nothing else.</summary>
[Authorize(Roles = Roles.Agent)]
public sealed class AgentHub(UserLanguages languages) : Hub<IAgentClient>
{
    public override async Task OnConnectedAsync()
    {
        var agentId = AccessScope.From(Context.User!).AgentId;
        if (agentId is null)
        {
            Context.Abort();
            return;
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.In(HubGroups.Agent(agentId), await HubLanguage.OfAsync(Context, languages)));
        await base.OnConnectedAsync();
    }
}
