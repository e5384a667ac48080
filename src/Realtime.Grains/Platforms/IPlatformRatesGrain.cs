using Orleans.Concurrency;
using Realtime.Contracts.Platforms;

namespace Realtime.Grains.Platforms;

/// <summary>One store's platform response rates (key: store id): every conversation's rounds, the rates and <c>platform.rate.low</c>.</summary>
[Alias("platform-rates")]
public interface IPlatformRatesGrain : IGrainWithStringKey
{
    /// <summary>A conversation's rounds changed; replaces what it said before.</summary>
    [OneWay, Alias("note")]
    Task NoteAsync([Immutable] ConversationRounds rounds);

    [Alias("get")]
    Task<PlatformRates> GetAsync();
}
