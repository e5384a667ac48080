using Orleans.Concurrency;
using Realtime.Grains.Persistence;

namespace Realtime.Grains.Paging;

public sealed class StatePageGrain<TPage>(
    [PersistentState("page", GrainStorage.Name)] IPersistentState<TPage> state,
    StateWritePolicy writePolicy) : Grain, IStatePageGrain<TPage>
    where TPage : class, IStatePage, new()
{
    private readonly StateWriter<TPage> _writer = new(state, writePolicy);

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => _writer.FlushAsync(reason);

    Task<Immutable<TPage>> IStatePageGrain<TPage>.LoadAsync() => Task.FromResult(state.State.AsImmutable());

    async Task IStatePageGrain<TPage>.SaveAsync(Immutable<TPage> page)
    {
        state.State = page.Value;
        if (page.Value.IsEmpty)
        {
            // Nothing left on the page: remove it from storage rather than keep an empty record.
            await state.ClearStateAsync();
            _writer.Cleared();
            DeactivateOnIdle();
            return;
        }

        await _writer.ChangedAsync();
    }
}
