namespace Realtime.Grains.Persistence;

/// <summary>
/// Writes a grain's state as its <see cref="StateWritePolicy"/> says: at once, or at the grain's deactivation
/// (<see cref="FlushAsync"/>, called from <c>OnDeactivateAsync</c>).
/// </summary>
public sealed class StateWriter<T>(IPersistentState<T> state, StateWritePolicy policy)
{
    public bool Unsaved { get; private set; }

    /// <summary>The state changed: written now under a durable policy, else marked for the deactivation.</summary>
    public Task ChangedAsync()
    {
        if (policy.WriteEveryChange)
        {
            return WriteAsync();
        }

        Unsaved = true;
        return Task.CompletedTask;
    }

    /// <summary>Written now whatever the policy (a change a person made, such as a dispute).</summary>
    public async Task WriteAsync()
    {
        await state.WriteStateAsync();
        Unsaved = false;
    }

    public Task FlushAsync() => Unsaved ? WriteAsync() : Task.CompletedTask;

    /// <summary>The stored record was removed: nothing is left to write.</summary>
    public void Cleared() => Unsaved = false;
}
