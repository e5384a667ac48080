using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Realtime.Server.Auth;

namespace Realtime.Server.Hubs;

/// <summary>One agent's in-chat hints. The connection joins the group of the agent id in its token, nothing else.</summary>
[Authorize(Roles = Roles.Agent)]
public sealed class AgentHub : Hub<IAgentClient>
{
    public override async Task OnConnectedAsync()
    {
        var agentId = AccessScope.From(Context.User!).AgentId;
        if (agentId is null)
        {
            Context.Abort();
            return;
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.Agent(agentId));
        await base.OnConnectedAsync();
    }
}
