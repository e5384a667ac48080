namespace Realtime.Training.Data;

/// <summary>Where the repository, the shared data (<c>../shared/data</c> next to it) and the shipped models are.</summary>
public static class DataLocations
{
    /// <summary>The nearest folder at or above the working directory (or the binaries) that holds Realtime.sln.</summary>
    public static string RepositoryRoot()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Realtime.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("Cannot find Realtime.sln above the working directory; pass explicit paths.");
    }

    public static string SharedData() => Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "data"));

    public static string ShippedModels() => Path.Combine(RepositoryRoot(), "src", "Realtime.Server", "Models");
}
