using Orleans.Concurrency;

namespace Realtime.Grains.Paging;

public static class StatePages
{
    /// <summary>The page grain holding page <paramref name="page"/> of the owner <paramref name="ownerKey"/>.</summary>
    public static IStatePageGrain<TPage> Page<TPage>(this IGrainFactory grains, string ownerKey, string page)
        where TPage : class, IStatePage, new() =>
        grains.Reference<IStatePageGrain<TPage>>($"{ownerKey}#{page}");

    /// <summary>
    /// Saves an owner's changed pages. <paramref name="writeOwnerFirst"/> (when the owner's list of pages moved) runs
    /// before them: a page is read back only if the owner names it, and a named page never saved reads empty, so a
    /// crash in between loses nothing acknowledged. When any write fails, <paramref name="markChangedAgain"/> puts
    /// the pages back in the next save and the failure propagates to the caller.
    /// </summary>
    public static async Task SaveChangedAsync<TPage>(
        IReadOnlyList<(string Name, TPage Page)> changed, Func<string, IStatePageGrain<TPage>> page, Func<Task>? writeOwnerFirst, Action markChangedAgain)
        where TPage : class, IStatePage, new()
    {
        try
        {
            if (writeOwnerFirst is not null)
            {
                await writeOwnerFirst();
            }

            await Task.WhenAll(changed.Select(c => page(c.Name).SaveAsync(c.Page.AsImmutable())));
        }
        catch
        {
            markChangedAgain();
            throw;
        }
    }
}
