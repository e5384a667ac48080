using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Localization;
using Realtime.Grains.Users;

namespace Realtime.Server.Texts;

/// <summary>
/// The language each user saved (<c>PUT /api/me/language</c>), read through a 30-second cache so requests do not wait
/// on a grain call each time.
/// </summary>
public sealed class UserLanguages(IGrainFactory grains, TimeProvider time)
{
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (string? Language, DateTimeOffset Until)> cache = new(StringComparer.Ordinal);

    /// <summary><c>zh</c>, <c>zh-CN</c>, <c>zh-Hans</c> → <c>zh-CN</c>; <c>en</c>, <c>en-US</c> → <c>en-US</c>; anything else null.</summary>
    public static string? Normalize(string? language) => language?.ToLowerInvariant() switch
    {
        "zh" or "zh-cn" or "zh-hans" or "zh-hans-cn" => "zh-CN",
        "en" or "en-us" => "en-US",
        _ => null,
    };

    public async ValueTask<string?> GetAsync(string user)
    {
        if (cache.TryGetValue(user, out var hit) && hit.Until > time.GetUtcNow())
        {
            return hit.Language;
        }

        var language = await grains.GetGrain<IUserPreferencesGrain>(user).GetLanguageAsync();
        cache[user] = (language, time.GetUtcNow() + Fresh);
        return language;
    }

    public async Task SetAsync(string user, string? language)
    {
        await grains.GetGrain<IUserPreferencesGrain>(user).SetLanguageAsync(language);
        cache[user] = (language, time.GetUtcNow() + Fresh);
    }
}

/// <summary>Request culture from the signed-in user's saved language (API calls only; after <c>?lang=</c>).</summary>
public sealed class SavedLanguageCultureProvider : RequestCultureProvider
{
    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        if (!httpContext.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var signedIn = await httpContext.AuthenticateAsync();
        if (!signedIn.Succeeded || signedIn.Principal?.Identity?.Name is not { Length: > 0 } name)
        {
            return null;
        }

        var language = await httpContext.RequestServices.GetRequiredService<UserLanguages>().GetAsync(name);
        return language is null ? null : new ProviderCultureResult(language);
    }
}
