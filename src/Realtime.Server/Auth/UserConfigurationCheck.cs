using Microsoft.Extensions.Options;

namespace Realtime.Server.Auth;

/// <summary>
/// At start-up, names every configured user who cannot sign in and says how to fix it: a plain <c>password</c> outside
/// the demo (plain passwords are refused there), a malformed <c>passwordHash</c>, or no password at all.
/// </summary>
public sealed partial class UserConfigurationCheck(IOptions<AuthOptions> auth, ILogger<UserConfigurationCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var options = auth.Value;
        for (var index = 0; index < options.Users.Count; index++)
        {
            var user = options.Users[index];
            if (user.PasswordHash is { Length: > 0 } hash)
            {
                if (!PasswordHasher.IsWellFormed(hash))
                {
                    LogMalformedHash(logger, user.Name, index);
                }
            }
            else if (user.Password is { Length: > 0 })
            {
                if (!options.AllowPlainPasswords)
                {
                    LogPlainPasswordRefused(logger, user.Name, index);
                }
            }
            else
            {
                LogNoPassword(logger, user.Name, index);
            }
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1000, Level = LogLevel.Warning, Message =
        "User '{Name}' (Auth:Users:{Index}) cannot sign in: it has only a plain-text password, which is accepted only with Auth:AllowPlainPasswords=true (the embedded demo). "
        + "Fix: make a hash with `dotnet run --project src/Realtime.Server -- hash-password` and set Auth:Users:{Index}:PasswordHash to it (and remove Password).")]
    private static partial void LogPlainPasswordRefused(ILogger logger, string name, int index);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message =
        "User '{Name}' (Auth:Users:{Index}) cannot sign in: its PasswordHash is not of the form pbkdf2-sha256$iterations$saltBase64$hashBase64. "
        + "Fix: set Auth:Users:{Index}:PasswordHash to the output of `dotnet run --project src/Realtime.Server -- hash-password`.")]
    private static partial void LogMalformedHash(ILogger logger, string name, int index);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message =
        "User '{Name}' (Auth:Users:{Index}) cannot sign in: it has no PasswordHash. "
        + "Fix: set Auth:Users:{Index}:PasswordHash to the output of `dotnet run --project src/Realtime.Server -- hash-password`.")]
    private static partial void LogNoPassword(ILogger logger, string name, int index);
}
