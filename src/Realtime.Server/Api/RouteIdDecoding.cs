namespace Realtime.Server.Api;

/// <summary>
/// Route ids as they were ingested. ASP.NET Core decodes a request path except <c>%2F</c>, so an id with a <c>/</c>
/// reaches <c>{id}</c> as <c>a%2Fb</c>. Ingest refuses ids holding the text <c>%2F</c> itself, so every <c>%2F</c> left
/// in a route value was a <c>/</c>.
/// </summary>
public static class RouteIdDecoding
{
    public static IApplicationBuilder UseRouteIdDecoding(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            Decode(context.Request.RouteValues);
            return next(context);
        });

    public static void Decode(RouteValueDictionary values)
    {
        foreach (var (name, value) in values)
        {
            if (value is string text && text.Contains("%2F", StringComparison.OrdinalIgnoreCase))
            {
                values[name] = text.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
