namespace Realtime.Testing.Processes;

/// <summary>Finds executables on the PATH.</summary>
public static class ExecutableLocator
{
    /// <summary>The full path of <paramref name="name"/> on the PATH, or null when it is not installed.</summary>
    public static string? FindOnPath(string name)
    {
        string path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (string directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = Path.Combine(directory, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
