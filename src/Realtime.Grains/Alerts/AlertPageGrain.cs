using Orleans.Concurrency;

namespace Realtime.Grains.Alerts;

public sealed class AlertPageGrain(
    [PersistentState("alert-page", GrainStorage.Name)] IPersistentState<AlertPageState> state) : Grain, IAlertPageGrain
{
    Task<Immutable<AlertPageState>> IAlertPageGrain.LoadAsync() => Task.FromResult(state.State.AsImmutable());

    async Task IAlertPageGrain.SaveAsync(Immutable<AlertPageState> page)
    {
        state.State = page.Value;
        if (page.Value.Alerts.Count == 0)
        {
            // Every alert of the page was trimmed; its numbers are never used again.
            await state.ClearStateAsync();
            DeactivateOnIdle();
            return;
        }

        await state.WriteStateAsync();
    }
}
