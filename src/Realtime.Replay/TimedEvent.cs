namespace Realtime.Replay;

/// <summary>One event ready to send: its time (for pacing) and its JSON, serialised once up front.</summary>
public readonly record struct TimedEvent(DateTimeOffset At, byte[] Json);
