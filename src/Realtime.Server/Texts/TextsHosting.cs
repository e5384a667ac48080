using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Realtime.Contracts.Texts;

namespace Realtime.Server.Texts;

/// <summary>
/// The server speaks the reader's language: request localization picks zh-CN or en-US from <c>Accept-Language</c>
/// (or <c>?lang=</c>, or the signed-in user's saved language), JSON answers and hub pushes render texts from their keys, problem titles are translated.
/// </summary>
public static class TextsHosting
{
    public static WebApplicationBuilder AddRealtimeTexts(this WebApplicationBuilder builder)
    {
        string[] cultures = ["en-US", "zh-CN", "en", "zh", "zh-Hans"];
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture("en-US").AddSupportedCultures(cultures).AddSupportedUICultures(cultures);
            o.FallBackToParentUICultures = true;
            o.RequestCultureProviders.Insert(0, new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" });
            o.RequestCultureProviders.Insert(1, new SavedLanguageCultureProvider());
        });
        builder.Services.AddSingleton<UserLanguages>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.ConfigureHttpJsonOptions(o =>
            o.SerializerOptions.TypeInfoResolver = (o.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
                .WithAddedModifier(RenderedTextModifier.Modify));
        builder.Services.Configure<JsonHubProtocolOptions>(o =>
            o.PayloadSerializerOptions.TypeInfoResolver = (o.PayloadSerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
                .WithAddedModifier(RenderedTextModifier.Modify));
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemTexts.Translate);
        return builder;
    }

    /// <summary>The catalogue for clients that render keys themselves: <c>GET /api/texts/zh-CN</c>, i18next placeholders.</summary>
    public static IEndpointRouteBuilder MapTextsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/texts/{lang}", GetTexts).AllowAnonymous();
        return app;
    }

    private static IResult GetTexts(string lang)
    {
        var culture = lang.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? TextCatalog.Chinese : TextCatalog.English;
        var english = TextCatalog.Entries(TextCatalog.English);
        var own = TextCatalog.Entries(culture);
        var texts = english.ToDictionary(e => e.Key, e => I18next(own.GetValueOrDefault(e.Key) ?? e.Value), StringComparer.Ordinal);
        return TypedResults.Ok(texts);
    }

    /// <summary><c>{name}</c> → <c>{{name}}</c>, the i18next interpolation.</summary>
    private static string I18next(string template) => template.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);
}
