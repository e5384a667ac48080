namespace Realtime.Server.Auth;

public static class Roles
{
    public const string Admin = "admin";
    public const string Supervisor = "supervisor";
    public const string OnCall = "oncall";
    public const string Qa = "qa";
    public const string Agent = "agent";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Admin, Supervisor, OnCall, Qa, Agent };
}
