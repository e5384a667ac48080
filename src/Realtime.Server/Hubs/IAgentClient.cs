using Realtime.Contracts.Hints;

namespace Realtime.Server.Hubs;

/// <summary>Server → browser methods of <c>/hubs/agent</c>.</summary>
public interface IAgentClient
{
    Task Hint(Hint hint);
}
