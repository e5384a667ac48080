namespace Realtime.Grains.Platforms;

[GenerateSerializer, Alias("platform-rates-state")]
public sealed class PlatformRatesState
{
    /// <summary>By conversation id; conversations whose rounds all started over 31 days ago are dropped.</summary>
    [Id(0)] public Dictionary<string, ConversationRounds> Conversations { get; set; } = new(StringComparer.Ordinal);

    /// <summary><c>platform.rate.low</c> conditions raised (rule and local day) and whether each is still open.</summary>
    [Id(1)] public Dictionary<string, bool> Alerts { get; set; } = new(StringComparer.Ordinal);
}
