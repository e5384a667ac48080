namespace Realtime.Grains.Ingest;

public sealed class DeadLetterGrain(
    [PersistentState("dead-letters", GrainStorage.Name)] IPersistentState<DeadLetterState> state) : Grain, IDeadLetterGrain
{
    /// <summary>Letters kept; older ones are dropped (their count stays in <see cref="DeadLetterState.Total"/>).</summary>
    public const int Capacity = 1_000;

    async Task IDeadLetterGrain.ParkAsync(IReadOnlyList<DeadLetter> letters)
    {
        var s = state.State;
        s.Letters.AddRange(letters);
        s.Total += letters.Count;
        if (s.Letters.Count > Capacity)
        {
            s.Letters.RemoveRange(0, s.Letters.Count - Capacity);
        }

        await state.WriteStateAsync();
    }

    Task<DeadLetterPage> IDeadLetterGrain.ListAsync(int limit)
    {
        var letters = state.State.Letters;
        var take = Math.Clamp(limit, 0, letters.Count);
        return Task.FromResult(new DeadLetterPage(state.State.Total, letters.Skip(letters.Count - take).Reverse().ToList()));
    }
}

[GenerateSerializer, Alias("dead-letter-state")]
public sealed class DeadLetterState
{
    [Id(0)] public List<DeadLetter> Letters { get; set; } = [];
    [Id(1)] public long Total { get; set; }
}
