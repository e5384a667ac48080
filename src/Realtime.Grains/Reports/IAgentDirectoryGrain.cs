namespace Realtime.Grains.Reports;

/// <summary>
/// Which agents have worked for which store and team (one per cluster, key <see cref="Key"/>). Agent grains register
/// each (store, team) pair once, so reports find their agents without scanning conversations.
/// </summary>
[Alias("agent-directory")]
public interface IAgentDirectoryGrain : IGrainWithStringKey
{
    const string Key = "directory";

    [Alias("register")]
    Task RegisterAsync(DirectoryEntry entry);

    /// <summary>The agents that ever worked for <paramref name="storeId"/> (null = every store), ordered by id.</summary>
    [Alias("agents")]
    Task<IReadOnlyList<string>> GetAgentsAsync(string? storeId);
}
