using Realtime.Server.Auth;

namespace Realtime.Server.Web;

/// <summary>
/// Serves the built React app from wwwroot with security headers and a fallback to index.html for client routes.
/// Cross-origin calls are closed unless <c>Cors:Origins</c> lists the origins allowed.
/// </summary>
public static class WebAppHosting
{
    public const string CorsSection = "Cors:Origins";

    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self' ws: wss:; font-src 'self' data:; media-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public static WebApplicationBuilder AddRealtimeWebApp(this WebApplicationBuilder builder)
    {
        var origins = builder.Configuration.GetSection(CorsSection).Get<string[]>() ?? [];
        builder.Services.AddCors(o => o.AddDefaultPolicy(p =>
        {
            if (origins.Length > 0)
            {
                p.WithOrigins(origins).WithMethods("GET", "POST", "PUT").WithHeaders("Authorization", "Content-Type", "X-Api-Key", "X-Requested-With", "X-SignalR-User-Agent")
                    .AllowCredentials();
            }
        }));
        return builder;
    }

    public static WebApplication UseRealtimeWebApp(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            if (!context.Request.Path.StartsWithSegments("/api") && !context.Request.Path.StartsWithSegments("/hubs"))
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XFrameOptions = "DENY";
            }

            await next();
        });
        app.UseCors();
        app.UseRealtimeRequestLimits();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        return app;
    }

    public static WebApplication MapRealtimeWebAppFallback(this WebApplication app)
    {
        var index = Path.Combine(app.Environment.WebRootPath ?? Path.Combine(AppContext.BaseDirectory, "wwwroot"), "index.html");
        app.MapFallback(async context =>
        {
            if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hubs") || !File.Exists(index))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(index);
        });
        return app;
    }
}
