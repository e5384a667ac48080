using System.Security.Claims;

namespace Realtime.Server.Auth;

/// <summary>What a signed-in user may see: roles, and the teams/stores they are limited to (empty = all).</summary>
public sealed record AccessScope(
    string Name, IReadOnlySet<string> Roles, string? AgentId, IReadOnlySet<string> TeamIds, IReadOnlySet<string> StoreIds, IReadOnlySet<string> Permissions)
{
    public const string TeamClaim = "team";
    public const string StoreClaim = "store";
    public const string AgentClaim = "agent";

    public bool IsAdmin => Roles.Contains(Auth.Roles.Admin);

    public bool Has(params string[] roles) => IsAdmin || roles.Any(Roles.Contains);

    /// <summary>Whether the token carries this permission (see <see cref="Auth.Permissions"/>).</summary>
    public bool Can(string permission) => Permissions.Contains(permission);

    /// <summary>Whether data of this store/team (or a filter of them, null = everything) is within the user's scope.</summary>
    public bool Reaches(string? storeId, string? teamId) =>
        IsAdmin
        || ((StoreIds.Count == 0 || (storeId is not null && StoreIds.Contains(storeId)))
            && (TeamIds.Count == 0 || (teamId is not null && TeamIds.Contains(teamId))));

    public static AccessScope From(ClaimsPrincipal user) => new(
        user.Identity?.Name ?? "",
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
        user.FindFirst(AgentClaim)?.Value,
        user.FindAll(TeamClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
        user.FindAll(StoreClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
        user.FindAll(Auth.Permissions.Claim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal));
}
