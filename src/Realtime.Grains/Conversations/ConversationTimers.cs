namespace Realtime.Grains.Conversations;

/// <summary>
/// One activation's clocks: the open wait's next SLA threshold, set with the silo's <see cref="SlaAlarms"/> (one timer
/// for all conversations) so a customer nobody answers raises its alert without any further event; and the linger
/// that frees a closed conversation's memory shortly after its last batch.
/// </summary>
public sealed class ConversationTimers(SlaAlarms slaAlarms)
{
    /// <summary>
    /// How long a closed conversation stays active after its last batch, so the late events of concurrent batches
    /// (its close often lands before the messages sent just before it) do not reactivate it; short, because every
    /// lingering conversation is promoted by the next gen-0 GC (figures in docs/benchmarks.md).
    /// </summary>
    public static readonly TimeSpan ClosedLinger = TimeSpan.FromMilliseconds(200);

    /// <summary>Linger timers end on shared ticks of this many milliseconds, so the timer queue has few distinct due times.</summary>
    private const long LingerTickMilliseconds = 50;

    private IGrainTimer? _closedTimer;

    /// <summary>The threshold this activation set with the silo's <see cref="SlaAlarms"/>, if any.</summary>
    private DateTimeOffset? _slaAlarm;

    /// <summary><see cref="ClosedLinger"/>, stretched to the next shared tick of the timer queue's clock.</summary>
    public static TimeSpan LingerDue(long tickCount) =>
        ClosedLinger + TimeSpan.FromMilliseconds(LingerTickMilliseconds - (tickCount % LingerTickMilliseconds));

    /// <summary>The SLA threshold to wake at next: the open wait's warning, then its breach; null once nothing is left to time.</summary>
    public static DateTimeOffset? NextAlarm(ConversationFacts facts)
    {
        var next = facts.IsClosed || facts.OpenWait is not { } wait ? null
            : !wait.PassedWarn ? wait.WarnAt
            : !wait.PassedBreach ? wait.BreachAt
            : (DateTimeOffset?)null;
        return next == DateTimeOffset.MaxValue ? null : next;
    }

    /// <summary>The alarm woke the conversation and is used up; the settle sets the next one (a breach after a warning).</summary>
    public void AlarmRang() => _slaAlarm = null;

    /// <summary>Sets (or clears) the silo's alarm for the conversation's next threshold; no call when it did not move.</summary>
    public void ScheduleSla(string conversationId, ConversationFacts facts)
    {
        var next = NextAlarm(facts);
        if (next == _slaAlarm)
        {
            return;
        }

        if (next is { } due)
        {
            slaAlarms.Set(conversationId, due);
        }
        else
        {
            slaAlarms.Clear(conversationId);
        }

        _slaAlarm = next;
    }

    /// <summary>
    /// Runs <paramref name="linger"/> (which deactivates the grain unless an event reopened it meanwhile)
    /// <see cref="ClosedLinger"/> after a closed conversation's last batch; a later event, a dispute or a view reads it
    /// back from storage. Only once closed: calls queued meanwhile are forwarded to the next activation, and Orleans
    /// fails a call forwarded twice. One timer per activation, moved with Change, not a new timer for every late batch.
    /// </summary>
    public void ScheduleDeactivation(IGrainBase grain, Action linger)
    {
        var due = LingerDue(Environment.TickCount64);
        if (_closedTimer is null)
        {
            _closedTimer = grain.RegisterGrainTimer(
                _ =>
                {
                    linger();
                    return Task.CompletedTask;
                },
                new GrainTimerCreationOptions(due, Timeout.InfiniteTimeSpan) { KeepAlive = false });
        }
        else
        {
            _closedTimer.Change(due, Timeout.InfiniteTimeSpan);
        }
    }
}
