namespace Realtime.Grains.Users;

/// <summary>One signed-in user's saved preferences (keyed by user name), kept across devices and restarts.</summary>
[Alias("user-preferences")]
public interface IUserPreferencesGrain : IGrainWithStringKey
{
    /// <summary>The saved language (<c>zh-CN</c> or <c>en-US</c>), null when the user never chose one.</summary>
    [Alias("get-language")]
    Task<string?> GetLanguageAsync();

    /// <summary>Saves the language; null forgets it (the browser's language applies again).</summary>
    [Alias("set-language")]
    Task SetLanguageAsync(string? language);
}
