namespace Realtime.LoadTests.E2e;

/// <summary>
/// Live heap (after a forced full GC) and working set per conversation, open and 5 s after close; with a settle time,
/// also the heap once that much more idle time has passed (activations past their collection age are gone).
/// </summary>
public sealed record MemoryFigures(
    int Conversations, long OpenedEvents, double OpenRate, long ClosedEvents,
    double ActiveHeapPerConversation, double IdleHeapPerConversation, double ActiveRssPerConversation, double IdleRssPerConversation,
    TimeSpan Settle = default, double SettledHeapPerConversation = double.NaN);
