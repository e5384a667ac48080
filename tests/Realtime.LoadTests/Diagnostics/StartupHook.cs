using System.Globalization;
using System.IO.Pipes;
using System.Text;

/// <summary>
/// Loaded into the measured child processes through <c>DOTNET_STARTUP_HOOKS</c> (the server needs no change for it):
/// answers <c>stats</c> and <c>gc</c> (a forced, compacting full collection first) on the named pipe given in
/// <c>REALTIME_LOADTEST_DIAG</c> with the process's GC figures. Only BCL types here: it runs inside another app.
/// </summary>
internal static class StartupHook
{
    public const string PipeVariable = "REALTIME_LOADTEST_DIAG";

    public static void Initialize()
    {
        var name = Environment.GetEnvironmentVariable(PipeVariable);
        if (string.IsNullOrEmpty(name))
        {
            return;
        }

        var thread = new Thread(() => Serve(name)) { IsBackground = true, Name = "loadtest-diagnostics" };
        thread.Start();
    }

    private static void Serve(string name)
    {
        while (true)
        {
            try
            {
                using var pipe = new NamedPipeServerStream(name, PipeDirection.InOut, 1);
                pipe.WaitForConnection();
                using var reader = new StreamReader(pipe, Encoding.UTF8, leaveOpen: true);
                using var writer = new StreamWriter(pipe, new UTF8Encoding(false), leaveOpen: true) { AutoFlush = true };
                var command = reader.ReadLine();
                if (command == "gc")
                {
                    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                    GC.WaitForPendingFinalizers();
                    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                }

                writer.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{GC.GetTotalMemory(false)} {GC.GetTotalPauseDuration().TotalMilliseconds} {GC.CollectionCount(0)} {GC.CollectionCount(1)} {GC.CollectionCount(2)} {GC.GetTotalAllocatedBytes()}"));
            }
            catch (IOException)
            {
                // The client went away mid-answer; serve the next one.
            }
        }
    }
}
