namespace Realtime.Server.Auth;

/// <summary>The users of the embedded default, printed at start-up. Never used when <c>Auth:Users</c> is configured.</summary>
public static class DemoUsers
{
    public const string Password = "demo";

    public static List<UserAccount> Create() =>
    [
        new() { Name = "admin", Password = Password, Roles = [Roles.Admin] },
        new() { Name = "lead", Password = Password, Roles = [Roles.Supervisor] },
        new() { Name = "oncall", Password = Password, Roles = [Roles.OnCall] },
        new() { Name = "qa", Password = Password, Roles = [Roles.Qa] },
        new() { Name = "agent", Password = Password, Roles = [Roles.Agent], AgentId = "a-01" },
        new() { Name = "lead-presales", Password = Password, Roles = [Roles.Supervisor], TeamIds = ["team-pre-sales"] },
    ];
}
