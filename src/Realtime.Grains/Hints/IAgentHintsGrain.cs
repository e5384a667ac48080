using Realtime.Contracts.Hints;

namespace Realtime.Grains.Hints;

/// <summary>One agent's hints (key: agent id), kept so the desk can load the open ones after a reload.</summary>
[Alias("agent-hints")]
public interface IAgentHintsGrain : IGrainWithStringKey
{
    /// <summary>Records and pushes a hint; a hint id already recorded changes nothing.</summary>
    [Alias("raise")]
    Task RaiseAsync([Immutable] Hint hint);

    /// <summary>Retires the open hints of a conversation (all of them, or those of the given hint ids) and pushes each retired.</summary>
    [Alias("retire")]
    Task RetireAsync(string conversationId, [Immutable] IReadOnlyList<string>? hintIds);

    /// <summary>Newest first; only open ones when <paramref name="openOnly"/>.</summary>
    [Alias("list")]
    Task<IReadOnlyList<Hint>> ListAsync(bool openOnly);
}
