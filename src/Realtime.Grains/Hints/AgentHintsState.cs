using Realtime.Contracts.Hints;

namespace Realtime.Grains.Hints;

[GenerateSerializer, Alias("agent-hints-state")]
public sealed class AgentHintsState
{
    /// <summary>Oldest first; the open ones and the latest retired ones, at most <see cref="AgentHintsGrain.Keep"/>.</summary>
    [Id(0)] public List<Hint> Hints { get; set; } = [];
}
