using System.Diagnostics;

namespace Realtime.LoadTests.Hosting;

/// <summary>Starts the product server (Release build) and the bare baseline server as measured child processes.</summary>
public static class Launcher
{
    public const string ApiKey = "loadtest-key";

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string ServerDll => Path.Combine(RepoRoot, "src", "Realtime.Server", "bin", "Release", "net10.0", "Realtime.Server.dll");

    public static string DataRoot => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));

    /// <summary>Builds the server in Release so the figures are for optimised code.</summary>
    public static async Task BuildServerAsync()
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = RepoRoot, UseShellExecute = false };
        foreach (var a in new[] { "build", "-c", "Release", "-v", "q", "-nologo", "-p:SkipWebBuild=true", Path.Combine("src", "Realtime.Server", "Realtime.Server.csproj") })
        {
            info.ArgumentList.Add(a);
        }

        using var build = Process.Start(info)!;
        await build.WaitForExitAsync();
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException("The Release build of src/Realtime.Server failed.");
        }
    }

    /// <summary>The embedded default with demo traffic off, a known ingest key and rate limits out of the way.</summary>
    public static Task<ChildProcess> StartServerAsync(IReadOnlyDictionary<string, string>? extra = null)
    {
        var port = ChildProcess.FreePort();
        var pipe = $"rt-diag-{port}";
        var env = new Dictionary<string, string>(ChildProcess.CommonEnvironment(port, pipe))
        {
            ["Demo__Enabled"] = "false",
            ["Ingest__ApiKeys__0"] = ApiKey,
            ["RateLimits__IngestRequestsPerSecond"] = "1000000",
            ["RateLimits__ApiRequestsPerMinute"] = "1000000",
        };
        foreach (var (k, v) in extra ?? new Dictionary<string, string>())
        {
            env[k] = v;
        }

        return ChildProcess.StartAsync("server", ServerDll, [], env, port, pipe, "/health/ready");
    }

    /// <summary>This same assembly in <c>baseline-server</c> mode, with the same process configuration.</summary>
    public static Task<ChildProcess> StartBaselineAsync()
    {
        var port = ChildProcess.FreePort();
        var pipe = $"rt-diag-{port}";
        var self = typeof(Launcher).Assembly.Location;
        return ChildProcess.StartAsync("baseline", self, ["baseline-server"], ChildProcess.CommonEnvironment(port, pipe), port, pipe, "/health");
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Realtime.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository (Realtime.sln not found above the binaries).");
    }
}
