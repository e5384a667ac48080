namespace Realtime.Grains.Persistence;

/// <summary>
/// Writes a grain's state as its <see cref="StateWritePolicy"/> says: at once, or at the grain's deactivation
/// (<see cref="FlushAsync"/>, called from <c>OnDeactivateAsync</c>).
/// </summary>
public sealed class StateWriter<T>(IPersistentState<T> state, StateWritePolicy policy)
{
    private bool _unsaved;

    /// <summary>The state changed: written now under a durable policy, else marked for the deactivation.</summary>
    public Task ChangedAsync()
    {
        if (policy.WriteEveryChange)
        {
            return WriteAsync();
        }

        _unsaved = true;
        return Task.CompletedTask;
    }

    /// <summary>Writes what is not written yet, unless the policy says a deactivation for <paramref name="reason"/> need not.</summary>
    public Task FlushAsync(DeactivationReason reason) => _unsaved && policy.FlushesAt(reason) ? WriteAsync() : Task.CompletedTask;

    /// <summary>The stored record was removed: nothing is left to write.</summary>
    public void Cleared() => _unsaved = false;

    private async Task WriteAsync()
    {
        await state.WriteStateAsync();
        _unsaved = false;
    }
}
