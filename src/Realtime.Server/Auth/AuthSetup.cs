using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Realtime.Server.Ingest;

namespace Realtime.Server.Auth;

public static class AuthSetup
{
    public static WebApplicationBuilder AddRealtimeAuth(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).PostConfigure(o =>
        {
            if (o.Users.Count == 0)
            {
                o.Users = DemoUsers.Create();
                o.AllowPlainPasswords = true;
            }
        });
        services.AddOptions<IngestOptions>().BindConfiguration(IngestOptions.Section).ValidateDataAnnotations().ValidateOnStart()
            .PostConfigure(o =>
            {
                if (o.ApiKeys.Count == 0)
                {
                    o.ApiKeys.Add("demo-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)));
                }
            });
        services.AddHostedService<UserConfigurationCheck>();
        services.AddSingleton<TokenService>();
        services.AddSingleton<ApiKeyValidator>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<TokenService>((o, tokens) =>
        {
            o.MapInboundClaims = false;
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = TokenService.Issuer,
                ValidAudience = TokenService.Audience,
                IssuerSigningKey = tokens.SigningKey,
                NameClaimType = System.Security.Claims.ClaimTypes.Name,
                RoleClaimType = System.Security.Claims.ClaimTypes.Role,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
            o.Events = new JwtBearerEvents
            {
                OnMessageReceived = context =>
                {
                    var token = context.Request.Query["access_token"];
                    if (!string.IsNullOrEmpty(token) && context.HttpContext.Request.Path.StartsWithSegments("/hubs"))
                    {
                        context.Token = token;
                    }

                    return Task.CompletedTask;
                },
            };
        });
        services.AddAuthorization();
        services.AddRealtimeRateLimits();
        services.AddRealtimeRequestLimits();
        return builder;
    }
}
