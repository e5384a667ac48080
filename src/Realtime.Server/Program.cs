using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Realtime.Grains.Notifications;
using Realtime.Server.Api;
using Realtime.Server.Audit;
using Realtime.Server.Auth;
using Realtime.Server.Connectors;
using Realtime.Server.Demo;
using Realtime.Server.Hosting;
using Realtime.Server.Hosting.OpenApi;
using Realtime.Server.Hosting.Proxy;
using Realtime.Server.Hubs;
using Realtime.Server.Import;
using Realtime.Server.Ingest;
using Realtime.Server.Privacy;
using Realtime.Server.Texts;
using Realtime.Server.Web;
using Realtime.Server.Webhooks;

if (HashPasswordCommand.TryRun(args))
{
    return;
}

var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
{
    builder.WebHost.UseUrls("http://localhost:5080");
}

builder.AddRealtimeForwardedHeaders();
builder.AddRealtimeSilo();
builder.AddRealtimeAuth();
builder.Services.AddRealtimeAudit();
builder.AddRealtimeWebApp();
builder.AddRealtimeModels();
builder.Services.AddProblemDetails();
builder.AddRealtimeTexts();
builder.Services.AddExceptionHandler<ClusterUnavailableHandler>();
builder.AddRealtimeIngest();
builder.Services.AddSingleton<ILivePublisher, SignalRLivePublisher>();
builder.AddRealtimeSignalR();
builder.AddRealtimeWebhooks();
builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
if (builder.Configuration.GetValue(DemoOptions.Section + ":Enabled", true))
{
    builder.Services.AddHostedService<DemoSimulator>();
}

builder.Services.AddHostedService<ScorerWarmup>();
builder.AddRealtimeImport();
builder.AddRealtimeConnectors();
builder.Services.AddHostedService<StartupBanner>();
builder.AddRealtimeOpenApi();
builder.Services.AddHealthChecks().AddCheck<SiloHealthCheck>("silo", tags: ["ready"]);

var app = builder.Build();
app.UseRealtimeForwardedHeaders();
app.UseRequestLocalization();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRealtimeWebApp();
app.UseRouteIdDecoding();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = HealthJson.WriteAsync });
app.MapEventsApi();
app.MapDeadLettersApi();
app.MapImportApi();
app.MapConnectorsApi();
app.MapAuthApi();
app.MapFloorApi();
app.MapConversationsApi();
app.MapAgentsApi();
app.MapCustomersApi();
app.MapAlertsApi();
app.MapIncidentsApi();
app.MapSilencesApi();
app.MapRulesetsApi();
app.MapReportsApi();
app.MapPlatformMetricsApi();
app.MapAuditApi();
app.MapPiiRevealApi();
app.MapDisputesApi();
app.MapCalibrationApi();
app.MapBacktestApi();
app.MapInsightsApi();
app.MapWebhooksApi();
app.MapTextsApi();
app.MapRealtimeOpenApi();
app.MapHub<FloorHub>("/hubs/floor");
app.MapHub<OnCallHub>("/hubs/oncall");
app.MapHub<AgentHub>("/hubs/agent");
app.MapRealtimeWebAppFallback();

app.Run();

/// <summary>Entry point, public for <c>WebApplicationFactory</c>.</summary>
public partial class Program;
