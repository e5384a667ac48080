using System.Text.Json;
using Realtime.Contracts.Events;
using Realtime.LoadTests.Baseline;

namespace Realtime.LoadTests.Load;

/// <summary>A batch serialised before the clock starts, so the driver spends no CPU on JSON while measuring.</summary>
public sealed record PreparedBatch(byte[] Body, int Events, string? ProbeConversationId)
{
    public static PreparedBatch From(List<ConversationEvent> events, string? probeConversationId = null) =>
        new(JsonSerializer.SerializeToUtf8Bytes(events, BaselineJsonContext.Default.ListConversationEvent), events.Count, probeConversationId);
}
