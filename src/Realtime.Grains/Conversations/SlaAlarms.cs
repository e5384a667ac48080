using Microsoft.Extensions.Logging;

namespace Realtime.Grains.Conversations;

/// <summary>
/// The silo's one timer for every open conversation's next SLA threshold. A grain timer per waiting conversation put
/// each of them in .NET's timer queue, which walks its whole list of far-off timers about three times a second: with
/// 50,000 customers waiting, that walk was a third of an idle server's CPU (<c>clocks</c>, <c>perf</c>). Here the
/// thresholds wait in a priority queue behind one timer armed for the earliest; when one passes, its conversation is
/// woken by a grain call (which activates it again from storage if it was collected meanwhile).
/// A threshold moved later keeps its queued entry, which is put back at the new time when it comes up; a cleared one
/// leaves its entry to be dropped when it comes up, and the queue is rebuilt from the live thresholds once such
/// leftovers outnumber them (every answered wait leaves one), so it holds at most about two entries per waiting
/// conversation.
/// </summary>
public sealed partial class SlaAlarms : IDisposable
{
    private readonly Lock _lock = new();
    private readonly PriorityQueue<Entry, long> _queue = new();
    private readonly Dictionary<string, Alarm> _alarms = new(StringComparer.Ordinal);
    private readonly Func<string, Task> _wake;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ITimer _timer;
    private long _armedFor = long.MaxValue;
    private long _versions;

    /// <param name="wake">Wakes a conversation whose threshold passed (in the silo: its grain's <c>WakeAsync</c>).</param>
    public SlaAlarms(Func<string, Task> wake, TimeProvider time, ILogger<SlaAlarms> logger)
    {
        _wake = wake;
        _time = time;
        _logger = logger;
        _timer = time.CreateTimer(_ => Fire(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Conversations with a threshold ahead.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _alarms.Count;
            }
        }
    }

    /// <summary>Entries in the queue, live or left over (for tests).</summary>
    internal int Queued
    {
        get
        {
            lock (_lock)
            {
                return _queue.Count;
            }
        }
    }

    /// <summary>Wakes <paramref name="conversationId"/> at <paramref name="due"/> (replacing the time it had), at most once.</summary>
    public void Set(string conversationId, DateTimeOffset due)
    {
        var at = due.UtcTicks;
        lock (_lock)
        {
            if (_alarms.TryGetValue(conversationId, out var alarm) && alarm.QueuedAt <= at)
            {
                // Its queued entry comes up first and is put back at the new time then.
                _alarms[conversationId] = alarm with { Due = at };
                return;
            }

            var version = ++_versions;
            _alarms[conversationId] = new Alarm(at, at, version);
            _queue.Enqueue(new Entry(conversationId, version), at);
            DropLeftovers();
            if (at < _armedFor)
            {
                Arm(at);
            }
        }
    }

    /// <summary>Nothing left to time for <paramref name="conversationId"/> (answered, closed).</summary>
    public void Clear(string conversationId)
    {
        lock (_lock)
        {
            // Its queued entry is dropped when it comes up.
            _alarms.Remove(conversationId);
        }
    }

    public void Dispose() => _timer.Dispose();

    /// <summary>Under the lock: rebuilds the queue from the live thresholds once left-over entries outnumber them.</summary>
    private void DropLeftovers()
    {
        if (_queue.Count <= (2 * _alarms.Count) + 1024)
        {
            return;
        }

        _queue.Clear();
        foreach (var (conversationId, alarm) in _alarms)
        {
            _queue.Enqueue(new Entry(conversationId, alarm.Version), alarm.QueuedAt);
        }
    }

    private void Fire()
    {
        List<string>? due = null;
        lock (_lock)
        {
            _armedFor = long.MaxValue;
            var now = _time.GetUtcNow().UtcTicks;
            while (_queue.TryPeek(out var entry, out var at) && at <= now)
            {
                _queue.Dequeue();
                if (!_alarms.TryGetValue(entry.ConversationId, out var alarm) || alarm.Version != entry.Version)
                {
                    continue;
                }

                if (alarm.Due > now)
                {
                    _queue.Enqueue(entry, alarm.Due);
                    _alarms[entry.ConversationId] = alarm with { QueuedAt = alarm.Due };
                    continue;
                }

                _alarms.Remove(entry.ConversationId);
                (due ??= []).Add(entry.ConversationId);
            }

            if (_queue.TryPeek(out _, out var next))
            {
                Arm(next);
            }
        }

        foreach (var conversationId in due ?? [])
        {
            _ = WakeAsync(conversationId);
        }
    }

    private async Task WakeAsync(string conversationId)
    {
        try
        {
            await _wake(conversationId);
        }
        catch (Exception e)
        {
            // The conversation's next activation resumes its clock (OnActivateAsync), so a lost wake is only late.
            LogWakeFailed(_logger, e, conversationId);
        }
    }

    /// <summary>
    /// Under the lock: the timer fires at <paramref name="at"/> (UTC ticks), or at once if that has passed. At most a day
    /// ahead (a threshold after a long weekend of closed business hours), since a timer takes at most 49 days.
    /// </summary>
    private void Arm(long at)
    {
        _armedFor = at;
        var delay = Math.Clamp(at - _time.GetUtcNow().UtcTicks, 0, TimeSpan.TicksPerDay);
        _timer.Change(TimeSpan.FromTicks(delay), Timeout.InfiniteTimeSpan);
    }

    [LoggerMessage(EventId = 210, Level = LogLevel.Warning, Message = "Could not wake conversation {ConversationId} for its SLA threshold")]
    private static partial void LogWakeFailed(ILogger logger, Exception exception, string conversationId);

    /// <summary>A conversation's threshold (<see cref="Due"/>) and the time its live queue entry comes up.</summary>
    private readonly record struct Alarm(long Due, long QueuedAt, long Version);

    private readonly record struct Entry(string ConversationId, long Version);
}
