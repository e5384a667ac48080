namespace Realtime.Grains.Alerts;

/// <summary>
/// Group commit for a reentrant grain: one state write at a time, and every caller that changed the state while a
/// write was running shares the next one. Callers still only return once a write that started after their change
/// has finished. Runs on the grain's scheduler, so it needs no locks.
/// </summary>
public sealed class CoalescingWriter(Func<Task> write)
{
    private TaskCompletionSource? _next;
    private bool _writing;

    public Task WriteAsync()
    {
        _next ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var done = _next.Task;
        if (!_writing)
        {
            _ = PumpAsync();
        }

        return done;
    }

    private async Task PumpAsync()
    {
        _writing = true;
        while (_next is { } batch)
        {
            // Changes made from here on wait for the following write.
            _next = null;
            try
            {
                await write();
                batch.SetResult();
            }
            catch (Exception ex)
            {
                batch.SetException(ex);
            }
        }

        _writing = false;
    }
}
