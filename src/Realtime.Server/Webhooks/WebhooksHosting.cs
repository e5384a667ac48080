using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Realtime.Grains.Notifications;
using Realtime.Server.Auth;

namespace Realtime.Server.Webhooks;

public static class WebhooksHosting
{
    public static WebApplicationBuilder AddRealtimeWebhooks(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section)
            .Validate(o => o.Targets.All(t => Uri.TryCreate(t.Url, UriKind.Absolute, out _)), "Webhooks:Targets: every url must be absolute.")
            .ValidateOnStart();
        builder.Services.AddSingleton<WebhookStatus>();
        builder.Services.AddSingleton<WebhookDispatcher>();
        builder.Services.AddSingleton<IAlertSink>(sp => sp.GetRequiredService<WebhookDispatcher>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<WebhookDispatcher>());
        builder.Services.AddHttpClient(WebhookDispatcher.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(60))
            .AddStandardResilienceHandler(o =>
            {
                o.Retry.MaxRetryAttempts = 5;
                o.Retry.Delay = TimeSpan.FromMilliseconds(200);
                o.Retry.BackoffType = Polly.DelayBackoffType.Exponential;
                o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(10);
            });
        return builder;
    }

    public static IEndpointRouteBuilder MapWebhooksApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/webhooks", GetStatus).RequireAuthorization(p => p.RequireRole(Roles.Admin)).RequireRateLimiting(RateLimits.Api);
        return app;
    }

    public static Ok<IReadOnlyList<WebhookStatus.TargetStatus>> GetStatus(WebhookStatus status, IOptions<WebhookOptions> options) =>
        TypedResults.Ok(status.Snapshot(options.Value.Targets));
}
