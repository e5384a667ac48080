namespace Realtime.LoadTests.E2e;

/// <summary>Live heap (after a forced full GC) and working set per conversation, open and after close.</summary>
public sealed record MemoryFigures(
    int Conversations, long OpenedEvents, double OpenRate, long ClosedEvents,
    double ActiveHeapPerConversation, double IdleHeapPerConversation, double ActiveRssPerConversation, double IdleRssPerConversation);
