namespace Realtime.Storage.Tests.AzureTable;

public sealed class ProfileGrain(
    [PersistentState("profile", AzureTableClusterFixture.StorageName)] IPersistentState<ProfileState> profile) : Grain, IProfileGrain
{
    private readonly Guid _activationId = Guid.NewGuid();

    Task<ProfileState> IProfileGrain.GetAsync() => Task.FromResult(profile.State);

    async Task IProfileGrain.RenameAsync(string name)
    {
        profile.State = profile.State with { Name = name, Visits = profile.State.Visits + 1 };
        await profile.WriteStateAsync();
    }

    Task IProfileGrain.ClearAsync() => profile.ClearStateAsync();

    Task<Guid> IProfileGrain.GetActivationIdAsync() => Task.FromResult(_activationId);

    Task IProfileGrain.DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
