namespace Realtime.Server.Auth;

/// <summary><c>Auth:*</c> (CONTRACT §7, §8).</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>Empty: the embedded demo users (printed at start-up).</summary>
    public List<UserAccount> Users { get; set; } = [];

    /// <summary>Shared by every process of a cluster. Empty: random per process (embedded default).</summary>
    public string? SigningKey { get; set; }

    public int TokenMinutes { get; set; } = 12 * 60;

    /// <summary>Plain-text passwords are accepted only when this is on: the embedded demo turns it on for its demo users.</summary>
    public bool AllowPlainPasswords { get; set; }
}

public sealed class UserAccount
{
    public string Name { get; set; } = "";

    /// <summary>Plain password: accepted for the embedded demo only; production configures <see cref="PasswordHash"/>.</summary>
    public string? Password { get; set; }

    /// <summary><c>pbkdf2-sha256$iterations$saltBase64$hashBase64</c>.</summary>
    public string? PasswordHash { get; set; }
    public List<string> Roles { get; set; } = [];
    public string? AgentId { get; set; }
    public List<string> TeamIds { get; set; } = [];
    public List<string> StoreIds { get; set; } = [];
}
