using System.Security.Cryptography;
using System.Text;

namespace Realtime.Server.Auth;

/// <summary>
/// PBKDF2-SHA256 password hashes: <c>pbkdf2-sha256$iterations$salt$hash</c> (base64). New hashes use the count OWASP
/// recommends for PBKDF2-SHA256; a hash keeps its own count, so hashes made with an older count still verify.
/// </summary>
public static class PasswordHasher
{
    public const int Iterations = 600_000;
    private const string Scheme = "pbkdf2-sha256";

    public static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, 32);
        return $"{Scheme}${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    public static bool Verify(UserAccount user, string password, bool allowPlain)
    {
        if (user.PasswordHash is { Length: > 0 } encoded)
        {
            if (!TryParse(encoded, out var iterations, out var salt, out var expected))
            {
                return false;
            }

            var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }

        return allowPlain && user.Password is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(user.Password), Encoding.UTF8.GetBytes(password));
    }

    /// <summary>Whether <paramref name="encoded"/> has the <c>pbkdf2-sha256$iterations$salt$hash</c> form this class verifies.</summary>
    public static bool IsWellFormed(string encoded) => TryParse(encoded, out _, out _, out _);

    private static bool TryParse(string encoded, out int iterations, out byte[] salt, out byte[] hash)
    {
        salt = hash = [];
        var parts = encoded.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme || !int.TryParse(parts[1], out iterations) || iterations < 1)
        {
            iterations = 0;
            return false;
        }

        var saltBuffer = new byte[parts[2].Length];
        var hashBuffer = new byte[parts[3].Length];
        if (!Convert.TryFromBase64String(parts[2], saltBuffer, out var saltLength)
            || !Convert.TryFromBase64String(parts[3], hashBuffer, out var hashLength) || hashLength == 0)
        {
            return false;
        }

        salt = saltBuffer[..saltLength];
        hash = hashBuffer[..hashLength];
        return true;
    }
}
