using Realtime.Contracts.Agents;
using Realtime.Grains.Ingest;

namespace Realtime.Grains.Agents;

/// <summary>One agent: live status, load, today's figures and the daily buckets reports read.</summary>
[Alias("agent")]
public interface IAgentGrain : IGrainWithStringKey
{
    [Alias("status")]
    Task<ApplyResult> ApplyStatusAsync([Immutable] IReadOnlyList<IncomingEvent> events);

    /// <summary>Adds or replaces a conversation's record; <paramref name="previousDate"/> is the date it was last reported under.</summary>
    [Alias("track")]
    Task TrackAsync(AgentConversationRecord record, string? previousDate);

    /// <summary>Applies the records this silo's <see cref="AgentFeed"/> holds for this agent.</summary>
    [Alias("feed")]
    Task TakeFeedAsync();

    [Alias("view")]
    Task<AgentView> GetViewAsync();

    [Alias("records")]
    Task<IReadOnlyList<AgentConversationRecord>> GetRecordsAsync(string fromDate, string toDate);
}
