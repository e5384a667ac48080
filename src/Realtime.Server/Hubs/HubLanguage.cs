using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.SignalR;
using Realtime.Server.Texts;

namespace Realtime.Server.Hubs;

/// <summary>
/// The language a hub connection's pushes are rendered in: <c>?lang=</c> on the hub URL, else the user's saved language,
/// else the connection request's <c>Accept-Language</c>. Fixed for the connection's life (a reconnect picks up a change).
/// </summary>
public static class HubLanguage
{
    private const string Item = "hub.language";

    /// <summary>Every language a push is rendered in, one group per language.</summary>
    public static readonly IReadOnlyList<string> All = ["zh-CN", "en-US"];

    public static async Task<string> OfAsync(HubCallerContext context, UserLanguages saved)
    {
        if (context.Items.TryGetValue(Item, out var known) && known is string cached)
        {
            return cached;
        }

        var http = context.GetHttpContext();
        var language = UserLanguages.Normalize(http?.Request.Query["lang"]);
        if (language is null && context.User?.Identity?.Name is { Length: > 0 } name)
        {
            language = UserLanguages.Normalize(await saved.GetAsync(name));
        }

        language ??= UserLanguages.Normalize(http?.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name) ?? "en-US";
        context.Items[Item] = language;
        return language;
    }
}
