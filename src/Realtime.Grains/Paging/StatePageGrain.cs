using Orleans.Concurrency;

namespace Realtime.Grains.Paging;

public sealed class StatePageGrain<TPage>(
    [PersistentState("page", GrainStorage.Name)] IPersistentState<TPage> state) : Grain, IStatePageGrain<TPage>
    where TPage : class, IStatePage, new()
{
    Task<Immutable<TPage>> IStatePageGrain<TPage>.LoadAsync() => Task.FromResult(state.State.AsImmutable());

    async Task IStatePageGrain<TPage>.SaveAsync(Immutable<TPage> page)
    {
        state.State = page.Value;
        if (page.Value.IsEmpty)
        {
            // Nothing left on the page: remove it from storage rather than keep an empty record.
            await state.ClearStateAsync();
            DeactivateOnIdle();
            return;
        }

        await state.WriteStateAsync();
    }
}
