namespace Realtime.Grains.Paging;

public static class StatePages
{
    /// <summary>The page grain holding page <paramref name="page"/> of the owner <paramref name="ownerKey"/>.</summary>
    public static IStatePageGrain<TPage> Page<TPage>(this IGrainFactory grains, string ownerKey, string page)
        where TPage : class, IStatePage, new() =>
        grains.GetGrain<IStatePageGrain<TPage>>($"{ownerKey}#{page}");
}
