namespace Realtime.Grains.Users;

public sealed class UserPreferencesGrain(
    [PersistentState("user-preferences", GrainStorage.Name)] IPersistentState<UserPreferencesState> state) : Grain, IUserPreferencesGrain
{
    Task<string?> IUserPreferencesGrain.GetLanguageAsync() => Task.FromResult(state.State.Language);

    async Task IUserPreferencesGrain.SetLanguageAsync(string? language)
    {
        if (state.State.Language == language)
        {
            return;
        }

        state.State.Language = language;
        await state.WriteStateAsync();
    }
}

[GenerateSerializer, Alias("user-preferences-state")]
public sealed class UserPreferencesState
{
    [Id(0)] public string? Language { get; set; }
}
