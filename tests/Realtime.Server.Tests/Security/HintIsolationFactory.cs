using Microsoft.AspNetCore.Hosting;
using Realtime.Server.Auth;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Security;

/// <summary>
/// The real server with configured users (PBKDF2 hashes, no plain passwords): two agents, a-01 and a-02, so each can
/// hold its own hub connection.
/// </summary>
public sealed class HintIsolationFactory : RealtimeAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        var hash = PasswordHasher.Hash("demo");
        foreach (var (index, name, agentId) in new[] { (0, "agent", "a-01"), (1, "agent2", "a-02") })
        {
            builder.UseSetting($"Auth:Users:{index}:Name", name);
            builder.UseSetting($"Auth:Users:{index}:PasswordHash", hash);
            builder.UseSetting($"Auth:Users:{index}:Roles:0", Roles.Agent);
            builder.UseSetting($"Auth:Users:{index}:AgentId", agentId);
        }

        // A plain password in configuration must not work outside the embedded demo.
        builder.UseSetting("Auth:Users:2:Name", "plain");
        builder.UseSetting("Auth:Users:2:Password", "demo");
        builder.UseSetting("Auth:Users:2:Roles:0", Roles.Admin);
    }
}
