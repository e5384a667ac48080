using Realtime.Contracts.Silences;

namespace Realtime.Grains.Silences;

[GenerateSerializer, Alias("silence-state")]
public sealed class SilenceState
{
    [Id(0)] public List<Silence> Silences { get; set; } = [];
    [Id(1)] public long NextSeq { get; set; } = 1;
}
