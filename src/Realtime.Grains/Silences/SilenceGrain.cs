using Realtime.Contracts.Silences;
using Realtime.Grains.Alerts;
using Realtime.Grains.Floor;

namespace Realtime.Grains.Silences;

/// <summary>
/// Keeps the silences and hands every change to each store's alert book, so a raise never waits on this grain: once
/// an add or remove has answered, every book known to the floor applies it (a book activated later reads them itself).
/// </summary>
public sealed class SilenceGrain(
    [PersistentState("silences", GrainStorage.Name)] IPersistentState<SilenceState> state,
    TimeProvider time) : Grain, ISilenceGrain
{
    async Task<Silence> ISilenceGrain.AddAsync(Silence silence)
    {
        var now = time.GetUtcNow();
        var added = silence with { SilenceId = $"S{state.State.NextSeq++:D6}", CreatedAt = now };
        state.State.Silences.RemoveAll(s => s.Until <= now);
        state.State.Silences.Add(added);
        await state.WriteStateAsync();
        await TellBooksAsync(added.StoreId);
        return added;
    }

    Task<IReadOnlyList<Silence>> ISilenceGrain.ListAsync()
    {
        var now = time.GetUtcNow();
        return Task.FromResult<IReadOnlyList<Silence>>([.. state.State.Silences.Where(s => s.Until > now)]);
    }

    async Task<bool> ISilenceGrain.RemoveAsync(string silenceId)
    {
        var removed = state.State.Silences.Find(s => s.SilenceId == silenceId);
        if (removed is null)
        {
            return false;
        }

        state.State.Silences.Remove(removed);
        await state.WriteStateAsync();
        await TellBooksAsync(removed.StoreId);
        return true;
    }

    private async Task TellBooksAsync(string? storeId)
    {
        var silences = state.State.Silences.ToList();
        var stores = storeId is not null
            ? [storeId]
            : (await GrainFactory.GetGrain<IFloorGrain>(IFloorGrain.Key).GetStoresAsync()).Select(s => s.StoreId).ToList();
        await Task.WhenAll(stores.Select(s => GrainFactory.GetGrain<IAlertBookGrain>(s).SetSilencesAsync(silences)));
    }
}
