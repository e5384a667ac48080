using System.Security.Cryptography;
using System.Text;

namespace Realtime.Server.Auth;

/// <summary>PBKDF2-SHA256 password hashes: <c>pbkdf2-sha256$iterations$salt$hash</c> (base64).</summary>
public static class PasswordHasher
{
    private const string Scheme = "pbkdf2-sha256";
    private const int Iterations = 210_000;

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
            var parts = encoded.Split('$');
            if (parts.Length != 4 || parts[0] != Scheme || !int.TryParse(parts[1], out var iterations))
            {
                return false;
            }

            var salt = new byte[parts[2].Length];
            var expected = new byte[parts[3].Length];
            if (iterations < 1 || !Convert.TryFromBase64String(parts[2], salt, out var saltLength)
                || !Convert.TryFromBase64String(parts[3], expected, out var hashLength) || hashLength == 0)
            {
                return false;
            }

            salt = salt[..saltLength];
            expected = expected[..hashLength];
            var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }

        return allowPlain && user.Password is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(user.Password), Encoding.UTF8.GetBytes(password));
    }
}
