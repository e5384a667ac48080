using Realtime.Contracts.Hints;
using Realtime.Grains.Notifications;

namespace Realtime.Grains.Hints;

/// <summary>Records an agent's hints, pushes them (and their retirement) on <c>/hubs/agent</c>, answers the desk's reload.</summary>
public sealed class AgentHintsGrain(
    [PersistentState("hints", GrainStorage.Name)] IPersistentState<AgentHintsState> state,
    ILivePublisher publisher,
    TimeProvider time) : Grain, IAgentHintsGrain
{
    /// <summary>Hints kept per agent; retired ones go first.</summary>
    public const int Keep = 200;

    private string AgentId => this.GetPrimaryKeyString();

    async Task IAgentHintsGrain.RaiseAsync(Hint hint)
    {
        var hints = state.State.Hints;
        if (hint.HintId is not null && hints.Exists(h => h.HintId == hint.HintId))
        {
            return;
        }

        hints.Add(hint);
        Trim(hints);
        await state.WriteStateAsync();
        await publisher.HintAsync(AgentId, hint);
    }

    async Task IAgentHintsGrain.RetireAsync(string conversationId, IReadOnlyList<string>? hintIds)
    {
        var hints = state.State.Hints;
        var now = time.GetUtcNow();
        var retired = new List<Hint>();
        for (var i = 0; i < hints.Count; i++)
        {
            var h = hints[i];
            if (h.RetiredAt is null && h.ConversationId == conversationId && (hintIds is null || (h.HintId is not null && hintIds.Contains(h.HintId))))
            {
                hints[i] = h with { RetiredAt = now };
                retired.Add(hints[i]);
            }
        }

        if (retired.Count == 0)
        {
            return;
        }

        await state.WriteStateAsync();
        foreach (var hint in retired)
        {
            await publisher.HintAsync(AgentId, hint);
        }
    }

    Task<IReadOnlyList<Hint>> IAgentHintsGrain.ListAsync(bool openOnly) =>
        Task.FromResult<IReadOnlyList<Hint>>([.. state.State.Hints.Where(h => !openOnly || h.RetiredAt is null).OrderByDescending(h => h.At)]);

    private static void Trim(List<Hint> hints)
    {
        while (hints.Count > Keep)
        {
            var oldestRetired = hints.FindIndex(h => h.RetiredAt is not null);
            hints.RemoveAt(oldestRetired >= 0 ? oldestRetired : 0);
        }
    }
}
