using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Realtime.Server.Auth;

/// <summary>Checks credentials and issues signed JWTs (HMAC-SHA256 with <c>Auth:SigningKey</c>).</summary>
public sealed class TokenService
{
    public const string Issuer = "realtime";
    public const string Audience = "realtime";

    private readonly AuthOptions _options;
    private readonly TimeProvider _time;
    private readonly bool _allowPlain;

    public TokenService(IOptions<AuthOptions> options, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        _allowPlain = _options.AllowPlainPasswords;
        SigningKey = new SymmetricSecurityKey(KeyBytes(_options.SigningKey));
    }

    public SymmetricSecurityKey SigningKey { get; }

    public (string Token, DateTimeOffset ExpiresAt)? Issue(string name, string password)
    {
        var user = _options.Users.FirstOrDefault(u => string.Equals(u.Name, name, StringComparison.Ordinal));
        if (user is null || !PasswordHasher.Verify(user, password, _allowPlain))
        {
            return null;
        }

        var expires = _time.GetUtcNow().AddMinutes(_options.TokenMinutes);
        var claims = new List<Claim> { new(ClaimTypes.Name, user.Name) };
        claims.AddRange(user.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        claims.AddRange(user.TeamIds.Select(t => new Claim(AccessScope.TeamClaim, t)));
        claims.AddRange(user.StoreIds.Select(s => new Claim(AccessScope.StoreClaim, s)));
        claims.AddRange(Permissions.For(user.Roles).Select(p => new Claim(Permissions.Claim, p)));
        if (user.AgentId is not null)
        {
            claims.Add(new Claim(AccessScope.AgentClaim, user.AgentId));
        }

        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = _time.GetUtcNow().UtcDateTime,
            NotBefore = _time.GetUtcNow().UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.HmacSha256),
        });
        return (token, expires);
    }

    private static byte[] KeyBytes(string? configured) => string.IsNullOrEmpty(configured)
        ? RandomNumberGenerator.GetBytes(32)
        : SHA256.HashData(Encoding.UTF8.GetBytes(configured));
}
