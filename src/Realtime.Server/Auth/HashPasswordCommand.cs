namespace Realtime.Server.Auth;

/// <summary>
/// <c>dotnet run --project src/Realtime.Server -- hash-password</c>: reads a password from standard input and prints the
/// <c>Auth:Users:N:PasswordHash</c> value for it, without starting the server.
/// </summary>
public static class HashPasswordCommand
{
    public const string Name = "hash-password";

    public static bool TryRun(string[] args)
    {
        if (args.Length == 0 || args[0] != Name)
        {
            return false;
        }

        if (!Console.IsInputRedirected)
        {
            Console.Error.Write("Password: ");
        }

        var password = Console.ReadLine();
        if (string.IsNullOrEmpty(password))
        {
            Console.Error.WriteLine("No password given.");
            Environment.ExitCode = 2;
            return true;
        }

        Console.WriteLine(PasswordHasher.Hash(password));
        return true;
    }
}
