using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Realtime.LoadTests.Diagnostics;

namespace Realtime.LoadTests.Hosting;

/// <summary>
/// A measured child process (<c>dotnet X.dll</c>) on a free loopback port, with the diagnostics startup hook loaded.
/// Its output goes to a log file; it is killed on dispose.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private ChildProcess(Process process, StreamWriter log, Uri baseAddress, string pipeName, string logPath)
    {
        _process = process;
        _log = log;
        BaseAddress = baseAddress;
        PipeName = pipeName;
        LogPath = logPath;
    }

    public Uri BaseAddress { get; }
    public string PipeName { get; }
    public string LogPath { get; }
    public int Pid => _process.Id;

    /// <summary>Environment every measured child gets, so product and baseline run in the same process configuration.</summary>
    public static IReadOnlyDictionary<string, string> CommonEnvironment(int port, string pipeName) => new Dictionary<string, string>
    {
        ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["DOTNET_gcServer"] = "1",

        // The server's runtimeconfig starts counting calls for tier 1 at once (Realtime.Server.csproj); the baseline too.
        ["DOTNET_TC_CallCountingDelayMs"] = "0",

        // Idle thread-pool workers sleep at once in the server (its runtimeconfig) and in the driver; the baseline too.
        ["DOTNET_ThreadPool_UnfairSemaphoreSpinLimit"] = "0",
        ["DOTNET_STARTUP_HOOKS"] = typeof(GcFigures).Assembly.Location,
        [StartupHook.PipeVariable] = pipeName,
        ["Logging__LogLevel__Default"] = "Warning",
    };

    public static async Task<ChildProcess> StartAsync(
        string name, string dll, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, int port, string pipeName, string readyPath)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var logPath = Path.Combine(Path.GetTempPath(), $"realtime-loadtest-{name}-{port}.log");
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {dll}.");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var child = new ChildProcess(process, log, new Uri($"http://127.0.0.1:{port}"), pipeName, logPath);
        try
        {
            await child.WaitReadyAsync(readyPath, TimeSpan.FromMinutes(2));
        }
        catch
        {
            // Never leave a half-started child behind.
            await child.DisposeAsync();
            throw;
        }

        return child;
    }

    public ProcStat Stat() => ProcStat.Read(Pid);

    public Task<GcFigures> GcAsync(bool collect) => GcFigures.ReadAsync(PipeName, collect);

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        await _log.DisposeAsync();
    }

    private async Task WaitReadyAsync(string path, TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The child exited with {_process.ExitCode} before it was ready; see {LogPath}.");
            }

            try
            {
                using var answer = await http.GetAsync(new Uri(path, UriKind.Relative));
                if (answer.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The child was not ready within {timeout}; see {LogPath}.");
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.WriteLine(line);
        }
    }
}
