namespace Realtime.Grains.Reports;

public sealed class AgentDirectoryGrain(
    [PersistentState("agent-directory", GrainStorage.Name)] IPersistentState<AgentDirectoryState> state) : Grain, IAgentDirectoryGrain
{
    async Task IAgentDirectoryGrain.RegisterAsync(DirectoryEntry entry)
    {
        if (state.State.Entries.Add(entry))
        {
            await state.WriteStateAsync();
        }
    }

    Task<IReadOnlyList<string>> IAgentDirectoryGrain.GetAgentsAsync(string? storeId)
    {
        IReadOnlyList<string> agents = state.State.Entries
            .Where(e => storeId is null || e.StoreId == storeId)
            .Select(e => e.AgentId)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(agents);
    }
}
