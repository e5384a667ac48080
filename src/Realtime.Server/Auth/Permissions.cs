namespace Realtime.Server.Auth;

/// <summary>Fine-grained rights beyond the roles, carried as <c>perm</c> claims in the token.</summary>
public static class Permissions
{
    public const string Claim = "perm";

    /// <summary>See a conversation's unmasked text (audited). Admins only.</summary>
    public const string PiiReveal = "pii:reveal";

    public static IEnumerable<string> For(IEnumerable<string> roles) =>
        roles.Contains(Roles.Admin, StringComparer.Ordinal) ? [PiiReveal] : [];
}
