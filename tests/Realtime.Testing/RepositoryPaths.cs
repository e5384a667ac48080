namespace Realtime.Testing;

/// <summary>Locates the repository checkout the tests run from.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The folder holding <c>Realtime.sln</c>.</summary>
    public static string Root => s_root.Value;

    /// <summary>The <c>infra/</c> folder (scripts, local Azurite install).</summary>
    public static string Infra => Path.Combine(Root, "infra");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Realtime.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(
            $"Realtime.sln was not found above {AppContext.BaseDirectory}; run the tests from a checkout of the repository.");
    }
}
